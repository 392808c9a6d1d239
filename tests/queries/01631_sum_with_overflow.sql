-- reference: ClickHouse 18.16
SELECT sumWithOverflow(toUInt8(number)) FROM numbers(100);
SELECT sumWithOverflow(toInt8(number)) FROM numbers(20);
SELECT toTypeName(sumWithOverflow(toUInt16(1)));
