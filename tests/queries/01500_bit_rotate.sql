-- reference: ClickHouse 18.16
SELECT bitRotateLeft(toUInt8(129), 1), bitRotateRight(toUInt8(1), 1), bitRotateLeft(toUInt16(32768), 1), bitRotateRight(toUInt32(1), 4);
SELECT bitRotateLeft(toInt8(-127), 1), bitRotateRight(toInt8(-127), 1), bitRotateRight(toInt8(-128), 3), bitRotateLeft(toInt16(-2), 3);
SELECT bitRotateLeft(toUInt64(9223372036854775808), 1), bitRotateRight(toUInt64(1), 1), toTypeName(bitRotateLeft(toUInt8(1), 1));
SELECT number, bitRotateLeft(toUInt8(number), 7), bitRotateRight(toUInt8(number), 1) FROM numbers(5) ORDER BY number;
