-- reference: ClickHouse 18.16
SELECT bitShiftLeft(1, 10), bitShiftRight(1024, 3), bitShiftLeft(toUInt8(1), 7), bitShiftLeft(toUInt8(1), 8), bitShiftRight(toInt8(-128), 2);
SELECT bitShiftLeft(toInt64(1), 62), bitShiftRight(toUInt64(18446744073709551615), 60), toTypeName(bitShiftLeft(toUInt8(1), 3));
SELECT number, bitShiftLeft(number, 2), bitShiftRight(number * 16, 3) FROM numbers(5) ORDER BY number;
