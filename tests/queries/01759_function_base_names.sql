-- reference: ClickHouse docs (modern): functions by the names their aliases point to
SELECT serverTimezone() = timeZone(), toTimezone(toDateTime('2024-01-01 00:00:00', 'UTC'), 'Asia/Tokyo');
SELECT dateAdd('day', 1, toDate('2024-01-01')), dateSub('day', 1, toDate('2024-01-01')),
       timestampDiff('minute', toDateTime('2024-01-01 00:00:00', 'UTC'), toDateTime('2024-01-01 01:30:00', 'UTC'));
SELECT fromUnixTimestamp(86400, 'UTC'), substringIndex('a.b.c', '.', 1), positiveModulo(-3, 5);
