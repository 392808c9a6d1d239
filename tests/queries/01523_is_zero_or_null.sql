-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT isZeroOrNull(0), isZeroOrNull(1), isZeroOrNull(NULL), isZeroOrNull(toNullable(0)), isZeroOrNull(toNullable(5)), isZeroOrNull(0.0), isZeroOrNull(toDecimal32(0, 2));
SELECT number, isZeroOrNull(nullIf(number, 2) - 1) FROM numbers(4) ORDER BY number;
SELECT isZeroOrNull('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
