-- reference: ClickHouse docs (modern): the MySQL-compatible and lower-case aliases of functions
SELECT DATE_FORMAT(toDateTime('2024-03-05 07:08:09', 'UTC'), '%Y-%m-%d %H:%i:%S');
SELECT YEAR(toDate('2024-03-05')), QUARTER(toDate('2024-03-05')), MONTH(toDate('2024-03-05')), DAY(toDate('2024-03-05')),
       DAYOFMONTH(toDate('2024-03-05')), DAYOFWEEK(toDate('2024-03-05')), DAYOFYEAR(toDate('2024-03-05'));
SELECT HOUR(toDateTime('2024-03-05 07:08:09', 'UTC')), MINUTE(toDateTime('2024-03-05 07:08:09', 'UTC')),
       SECOND(toDateTime('2024-03-05 07:08:09', 'UTC'));
SELECT LAST_DAY(toDate('2024-02-10')), LAST_DAY(toDate('2023-02-10')), FROM_UNIXTIME(0, 'UTC') = toDateTime('1970-01-01 00:00:00', 'UTC');
SELECT OCTET_LENGTH('héllo'), char_length('héllo'), character_length('héllo');
SELECT REGEXP_MATCHES('abc123', '[0-9]+'), REGEXP_MATCHES('abc', '^b'), REGEXP_REPLACE('a1b22c333', '[0-9]+', '#');
SELECT SUBSTRING_INDEX('www.clickhouse.com', '.', 2), SUBSTRING_INDEX('www.clickhouse.com', '.', -1);
SELECT TO_BASE64('ClickHouse'), FROM_BASE64('Q2xpY2tIb3VzZQ=='), FROM_BASE64(TO_BASE64('x y'));
SELECT _CAST(1.5, 'Int32'), toTypeName(_CAST(7, 'UInt8'));
SELECT concat_ws('-', 'a', 'b', 'c'), lcase('AbC'), ucase('AbC');
SELECT lpad('7', 3, '0'), rpad('ab', 4, '.'), ltrim('  x  '), rtrim('  x  ');
SELECT ln(1), mod(10, 3), pmod(-7, 3), positive_modulo(-1, 4);
SELECT curdate() = today(), current_date() = today(), toTypeName(current_timestamp());
SELECT date_add('day', 3, toDate('2024-01-30')), date_sub('month', 1, toDate('2024-03-31')),
       date_diff('day', toDate('2024-01-01'), toDate('2024-03-01')), timestamp_diff('hour', toDateTime('2024-01-01 00:00:00', 'UTC'), toDateTime('2024-01-02 06:00:00', 'UTC'));
SELECT yearweek(toDate('2024-01-01')), yearweek(toDate('2024-12-31'));
SELECT hostname() = hostName(), flatten([[1, 2], [3]]), mapContainsKey(map('a', 1), 'a'), mapContainsKey(map('a', 1), 'b');
