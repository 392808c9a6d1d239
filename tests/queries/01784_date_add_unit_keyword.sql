-- reference: ClickHouse docs (modern); 18.16 has no date_add
-- date_add/date_sub (and dateadd, timestamp_add, timestampadd, datesub, timestamp_sub, timestampsub) take the unit
-- as a bare keyword, date_add(DAY, 1, d), or an interval, date_add(d, INTERVAL 1 DAY); dateDiff and its aliases
-- take the unit keyword too. INTERVAL also takes the sub-second units (MILLISECOND, MICROSECOND, NANOSECOND).
SELECT date_add(DAY, 1, toDate('2020-01-31')), date_sub(MONTH, 2, toDate('2020-03-31')), date_add(DAY, -1, toDate('2020-03-01'));
SELECT DATE_ADD(toDate('2020-01-31'), INTERVAL 1 MONTH), DATE_SUB(toDate('2020-03-31'), INTERVAL 1 MONTH), date_add(toDate('2020-01-01'), INTERVAL 3 DAY);
SELECT dateadd(YEAR, 1, toDate('2020-02-29')), datesub(WEEK, 1, toDate('2020-01-03')), timestampadd(QUARTER, 1, toDate('2020-11-30')), timestampsub(DAY, 31, toDate('2020-03-01'));
SELECT TIMESTAMP_ADD(toDateTime('2020-01-01 00:00:00', 'UTC'), INTERVAL 90 MINUTE), TIMESTAMP_SUB(HOUR, 3, toDateTime('2020-01-01 00:00:00', 'UTC')), timestamp_add(SECOND, 61, toDateTime('2020-01-01 00:00:00', 'UTC')), timestamp_sub(toDateTime('2020-01-01 00:00:00', 'UTC'), INTERVAL 1 SECOND);
SELECT timeStampAdd(toDate('2020-01-01'), INTERVAL 1 WEEK), timeStampSub(toDate('2020-01-01'), INTERVAL 1 YEAR), dateAdd(MONTH, 13, toDate('2020-01-31')), dateSub(YEAR, 1, toDate('2020-02-29'));
SELECT date_add(DD, 2, toDate('2020-01-01')), date_add(MM, 1, toDate('2020-01-31')), date_add(YYYY, 1, toDate('2020-01-01')), date_add(QQ, 1, toDate('2020-01-01')), date_add(WK, 1, toDate('2020-01-01'));
SELECT date_add(HH, 1, toDateTime('2020-01-01 00:00:00', 'UTC')), date_add(MI, 30, toDateTime('2020-01-01 00:00:00', 'UTC')), date_add(SS, 5, toDateTime('2020-01-01 00:00:00', 'UTC')), date_add(SQL_TSI_DAY, 1, toDateTime('2020-01-01 00:00:00', 'UTC'));
SELECT date_add(MILLISECOND, 5, toDateTime64('2020-01-01 00:00:00.000', 3, 'UTC')), date_sub(MICROSECOND, 1, toDateTime64('2020-01-01 00:00:00', 6, 'UTC')), date_add(NANOSECOND, 7, toDateTime64('2020-01-01 00:00:00', 9, 'UTC'));
SELECT DATE_ADD(toDateTime64('2020-01-01 00:00:00', 3, 'UTC'), INTERVAL 5 MILLISECOND), DATE_SUB(toDateTime64('2020-01-01 00:00:00', 6, 'UTC'), INTERVAL 1 MICROSECOND), timestamp_add(toDateTime64('2020-01-01 00:00:00', 9, 'UTC'), INTERVAL 3 NANOSECONDS);
SELECT toTypeName(date_add(DAY, 1, toDate('2020-01-01'))), toTypeName(date_add(HOUR, 1, toDate('2020-01-01'))), toTypeName(date_add(MILLISECOND, 1, toDateTime64('2020-01-01 00:00:00', 3, 'UTC')));
SELECT dateDiff(DAY, toDate('2021-12-29'), toDate('2022-01-01')), date_diff(MONTH, toDate('2021-12-29'), toDate('2022-01-01')), DATE_DIFF(YEAR, toDate('2021-12-29'), toDate('2022-01-01'));
SELECT TIMESTAMPDIFF(SECOND, toDateTime('2020-01-01 00:00:00', 'UTC'), toDateTime('2020-01-01 01:00:00', 'UTC')), timestamp_diff(HOUR, toDateTime('2020-01-01 00:00:00', 'UTC'), toDateTime('2020-01-02 01:00:00', 'UTC')), dateDiff(MS, toDateTime64('2020-01-01 00:00:00', 3, 'UTC'), toDateTime64('2020-01-01 00:00:01.5', 3, 'UTC')), dateDiff(HOUR, toDateTime('2020-01-01 00:00:00', 'UTC'), toDateTime('2020-01-01 05:00:00', 'UTC'), 'Asia/Tokyo');
CREATE TABLE t_add (k UInt8, n Int32, dt DateTime('UTC')) ENGINE = Memory;
INSERT INTO t_add VALUES (1, 1, '2020-01-31 10:00:00'), (2, -2, '2020-02-29 23:59:59'), (3, 12, '2020-12-31 00:00:00');
SELECT k, date_add(DAY, n, dt), date_sub(MONTH, n, dt), date_add(YEAR, n, toDate(dt)), dateDiff(DAY, dt, date_add(WEEK, n, dt)) FROM t_add ORDER BY k;
DROP TABLE t_add;
