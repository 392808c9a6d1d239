-- reference: ClickHouse 18.16
SELECT toUInt8(255), toUInt8(256), toUInt8(-1), toUInt16(65536), toUInt32('4294967295'), toUInt64('18446744073709551615');
SELECT toUInt8(1.9), toUInt16(toDate('2020-01-01')), toUInt32(toDateTime('2020-01-01 00:00:00', 'UTC')), toUInt64(-1);
SELECT toTypeName(toUInt8(1)), toTypeName(toUInt16(1)), toTypeName(toUInt32(1)), toTypeName(toUInt64(1));
SELECT toUInt32('1e3'); -- { serverError CANNOT_PARSE_TEXT }
