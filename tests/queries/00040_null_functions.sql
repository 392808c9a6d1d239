SELECT isNull(NULL), isNull(1), isNotNull(NULL), isNotNull('a');
SELECT coalesce(NULL, 1), coalesce(NULL, NULL, 'x'), coalesce(2, 3), coalesce(NULL, NULL);
SELECT ifNull(NULL, 5), ifNull(3, 5), nullIf(1, 1), nullIf(1, 2);
SELECT NULL IS NULL, 1 IS NULL, NULL IS NOT NULL, 1 IS NOT NULL;
SELECT assumeNotNull(toNullable(7)), toTypeName(assumeNotNull(toNullable(7))), toTypeName(toNullable(7));
