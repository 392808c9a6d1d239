SELECT toDate('2024-03-01'), toTypeName(toDate('2024-03-01'));
SELECT toDateTime('2024-03-01 12:34:56', 'UTC'), toTypeName(toDateTime('2024-03-01 12:34:56', 'UTC'));
SELECT toDate(toDateTime('2024-03-01 23:59:59', 'UTC')), toDate(19783);
SELECT toDateTime('2024-01-01 00:00:00', 'UTC') = toDateTime(1704067200, 'UTC');
SELECT toUnixTimestamp(toDateTime('2024-01-01 00:00:00', 'UTC')), toUInt32(toDateTime('1970-01-02 00:00:00', 'UTC'));
SELECT toDate('2024-02-29') < toDate('2024-03-01'), toDate('2000-01-01') = toDate('2000-01-01');
