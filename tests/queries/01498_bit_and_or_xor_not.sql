-- reference: ClickHouse 18.16
SELECT bitAnd(12, 10), bitOr(12, 10), bitXor(12, 10), bitNot(toUInt8(0)), bitNot(toInt8(0)), bitNot(toUInt16(1));
SELECT bitAnd(toUInt8(255), toInt8(-1)), bitOr(toInt32(-1), 0), bitXor(toUInt64(18446744073709551615), 1);
SELECT toTypeName(bitAnd(toUInt8(1), toUInt16(1))), toTypeName(bitOr(toInt8(1), toUInt8(1))), toTypeName(bitNot(toUInt32(1)));
SELECT number, bitAnd(number, 3), bitOr(number, 8), bitXor(number, 5) FROM numbers(6) ORDER BY number;
