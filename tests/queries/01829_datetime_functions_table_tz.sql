-- reference: ClickHouse 18.16
-- Date and time functions over DateTime columns with explicit time zones: truncation, parts, grouping, conversion.
CREATE TABLE ev (id UInt32, ts DateTime('UTC'), d Date) ENGINE = MergeTree ORDER BY id;
INSERT INTO ev VALUES (1, '2024-03-10 23:15:00', '2024-03-10'), (2, '2024-03-11 00:45:30', '2024-03-11');
INSERT INTO ev VALUES (3, '2024-02-29 12:00:00', '2024-02-29'), (4, '2023-12-31 23:59:59', '2023-12-31');
SELECT id, toStartOfHour(ts), toStartOfDay(ts), toStartOfMonth(ts), toMonday(ts) FROM ev ORDER BY id;
SELECT id, toYear(ts), toMonth(ts), toDayOfMonth(ts), toDayOfWeek(ts), toHour(ts), toMinute(ts), toSecond(ts) FROM ev ORDER BY id;
SELECT id, toTimeZone(ts, 'Asia/Tokyo'), toString(ts, 'Asia/Tokyo'), toHour(ts, 'America/New_York') FROM ev ORDER BY id;
SELECT id, toYYYYMM(d), toYYYYMMDD(d), toDayOfYear(d), toRelativeDayNum(d) - toRelativeDayNum(toDate('2024-01-01')) FROM ev ORDER BY id;
SELECT toStartOfMonth(d) AS m, count(), min(ts), max(ts) FROM ev GROUP BY m ORDER BY m;
SELECT id, ts + 3600, ts - 86400, d + 1, d - 30 FROM ev ORDER BY id;
SELECT id, formatDateTime(ts, '%Y/%m/%d %T'), toUnixTimestamp(ts) FROM ev ORDER BY id;
SELECT id FROM ev WHERE ts >= toDateTime('2024-03-01 00:00:00', 'UTC') ORDER BY id;
SELECT id, dateDiff('day', d, toDate('2024-03-11')), dateDiff('hour', ts, toDateTime('2024-03-11 00:00:00', 'UTC')) FROM ev ORDER BY id;
