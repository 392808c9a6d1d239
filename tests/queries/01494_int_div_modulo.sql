-- reference: ClickHouse 18.16
SELECT intDiv(7, 2), intDiv(-7, 2), intDiv(7, -2), intDiv(toUInt8(255), 16), toTypeName(intDiv(7, 2));
SELECT intDivOrZero(7, 0), intDivOrZero(7, 2), intDivOrZero(-7, 0);
SELECT modulo(7, 3), modulo(-7, 3), modulo(7, -3), 7 % 3, -7 % 3;
SELECT intDiv(1, 0); -- { serverError ILLEGAL_DIVISION }
SELECT modulo(1, 0); -- { serverError ILLEGAL_DIVISION }
SELECT number, intDiv(toInt64(number) - 3, 2), (toInt64(number) - 3) % 2 FROM numbers(7) ORDER BY number;
