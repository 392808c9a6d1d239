-- reference: ClickHouse 18.16
SELECT ifNull(NULL, 1), ifNull(2, 1), ifNull(toNullable('a'), 'b'), toTypeName(ifNull(toNullable(1), 2));
SELECT nullIf(1, 1), nullIf(1, 2), nullIf('a', 'b'), toTypeName(nullIf(1, 2));
SELECT coalesce(NULL, NULL, 3), coalesce(NULL, 'a', 'b'), coalesce(1), coalesce(NULL, NULL), toTypeName(coalesce(NULL, toNullable(1), 2));
SELECT assumeNotNull(toNullable(5)), toTypeName(assumeNotNull(toNullable(5))), toNullable(5), toTypeName(toNullable(5));
SELECT isNull(NULL), isNull(1), isNotNull(NULL), isNotNull(1), isNull(toNullable(0));
SELECT number, nullIf(number, 2) AS x, isNull(x), ifNull(x, 100), coalesce(x, 200) FROM numbers(4) ORDER BY number;
