-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT moduloOrZero(7, 0), moduloOrZero(7, 3), moduloOrZero(-7, 3), moduloOrZero(7.5, 0);
SELECT positiveModulo(-7, 3), positiveModulo(7, 3), positiveModulo(-1, 10), positive_modulo(-7, 3), pmod(-7, 3);
SELECT toTypeName(positiveModulo(toInt32(-7), toUInt8(3)));
SELECT number, positiveModulo(toInt64(number) - 5, 3) FROM numbers(8) ORDER BY number;
