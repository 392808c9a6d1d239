-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT bitCount(0), bitCount(1), bitCount(255), bitCount(toInt8(-1)), bitCount(toInt64(-1)), bitCount(toUInt64(18446744073709551615)), toTypeName(bitCount(1));
SELECT number, bitCount(number) FROM numbers(9) ORDER BY number;
