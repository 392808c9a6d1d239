-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT sign(-5), sign(0), sign(7), sign(-0.5), sign(toUInt8(3)), sign(toDecimal32(-1.5, 1)), toTypeName(sign(1.5));
SELECT abs(-5), abs(toInt8(-128)), abs(-1.5), abs(toDecimal32(-2.5, 1)), toTypeName(abs(toInt8(-1))), toTypeName(abs(toUInt8(1)));
SELECT number, sign(number - 2), abs(toInt64(number) - 2) FROM numbers(5) ORDER BY number;
