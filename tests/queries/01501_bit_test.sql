-- reference: ClickHouse 18.16
SELECT bitTest(5, 0), bitTest(5, 1), bitTest(5, 2), bitTest(toUInt64(9223372036854775808), 63), toTypeName(bitTest(5, 0));
SELECT bitTestAll(7, 0, 1, 2), bitTestAll(5, 0, 1), bitTestAny(4, 0, 1), bitTestAny(4, 0, 2), bitTestAll(43, 0), bitTestAny(43, 4, 2);
SELECT number, bitTest(number, 1), bitTestAll(number, 0, 1), bitTestAny(number, 0, 2) FROM numbers(8) ORDER BY number;
