-- reference: ClickHouse 18.16
SELECT toTypeName(1), toTypeName(-1), toTypeName(256), toTypeName(1.5), toTypeName('a'), toTypeName(NULL), toTypeName([1]), toTypeName((1, 'a'));
SELECT toTypeName(toDate('2020-01-01')), toTypeName(toDateTime('2020-01-01 00:00:00', 'Asia/Tokyo')), toTypeName(toNullable(1)), toTypeName([NULL, 1]);
SELECT toTypeName(1 + 1), toTypeName(toUInt8(1) + toUInt8(1)), toTypeName(1 / 2), toTypeName(intDiv(1, 2)), toTypeName(toInt8(1) * toUInt32(1));
