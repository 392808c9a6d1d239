-- reference: ClickHouse 18.16
SELECT toInt8(127), toInt8(128), toInt8(-129), toInt16(32768), toInt32('-123'), toInt64('9223372036854775807');
SELECT toInt8(1.9), toInt8(-1.9), toInt32(toDate('2020-01-01')), toInt64(toDateTime('2020-01-01 00:00:00', 'UTC'));
SELECT toInt8('abc'); -- { serverError CANNOT_PARSE_TEXT }
SELECT toTypeName(toInt8(1)), toTypeName(toInt16(1)), toTypeName(toInt32(1)), toTypeName(toInt64(1));
SELECT number, toInt8(number * 60), toInt16(number * 20000) FROM numbers(5) ORDER BY number;
