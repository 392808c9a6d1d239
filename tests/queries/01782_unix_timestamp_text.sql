-- reference: ClickHouse 18.16
-- toUnixTimestamp(string[, tz]) reads the text as a DateTime in that zone (default: the session zone).
SELECT toUnixTimestamp('2017-11-05 08:07:47', 'Asia/Tokyo'), toUnixTimestamp('2017-11-05 08:07:47', 'UTC'), toTypeName(toUnixTimestamp('2017-11-05 08:07:47', 'UTC'));
SELECT toUnixTimestamp('2020-01-01 00:00:00', 'Asia/Tokyo'), toUnixTimestamp('2020-06-30 23:59:59', 'America/New_York'), toUnixTimestamp('2020-01-01 00:00:00', 'Asia/Kolkata');
SELECT toUnixTimestamp(toDateTime('2020-01-01 00:00:00', 'Asia/Tokyo')), toUnixTimestamp(toDateTime('2020-01-01 00:00:00', 'Asia/Tokyo'), 'UTC');
SELECT toUnixTimestamp('2020-03-29 03:30:00', 'Europe/Berlin') - toUnixTimestamp('2020-03-29 01:30:00', 'Europe/Berlin');
CREATE TABLE t_ts (s String) ENGINE = Memory;
INSERT INTO t_ts VALUES ('1971-01-01 00:00:00'), ('2000-02-29 12:00:00'), ('2038-01-19 03:14:07');
SELECT s, toUnixTimestamp(s, 'UTC'), toUnixTimestamp(s, 'Asia/Tokyo'), toUnixTimestamp(s, 'America/Los_Angeles') FROM t_ts ORDER BY s;
DROP TABLE t_ts;
SELECT toUnixTimestamp('not a time', 'UTC'); -- { serverError CANNOT_PARSE_DATETIME }
