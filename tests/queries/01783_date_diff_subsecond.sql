-- reference: ClickHouse docs (modern); 18.16 has neither DateTime64 nor these units
-- dateDiff with the sub-second units counts the instant in that unit on each side and subtracts: a finer
-- DateTime64 is divided down, a coarser one (or a DateTime / Date) multiplied up.
SELECT dateDiff('millisecond', toDateTime64('2020-01-01 00:00:00.123', 3, 'UTC'), toDateTime64('2020-01-01 00:00:01.456', 3, 'UTC'));
SELECT dateDiff('microsecond', toDateTime64('2020-01-01 00:00:00.123', 3, 'UTC'), toDateTime64('2020-01-01 00:00:01.456', 3, 'UTC')), dateDiff('nanosecond', toDateTime64('2020-01-01 00:00:00.123', 3, 'UTC'), toDateTime64('2020-01-01 00:00:01.456', 3, 'UTC'));
SELECT dateDiff('ms', toDateTime64('2020-01-01 00:00:00.123456', 6, 'UTC'), toDateTime64('2020-01-01 00:00:00.124999', 6, 'UTC')), dateDiff('milliseconds', toDateTime64('2020-01-01 00:00:01.999', 3, 'UTC'), toDateTime64('2020-01-01 00:00:00.001', 3, 'UTC'));
SELECT dateDiff('us', toDateTime64('2020-01-01 00:00:00.5', 1, 'UTC'), toDateTime64('2020-01-01 00:00:00.123456', 6, 'UTC')), dateDiff('u', toDateTime64('2020-01-01 00:00:00', 0, 'UTC'), toDateTime64('2020-01-01 00:00:02', 0, 'UTC')), dateDiff('microseconds', toDateTime64('2020-01-01 00:00:00.000001', 6, 'UTC'), toDateTime64('2020-01-01 00:00:00.000002', 6, 'UTC'));
SELECT dateDiff('ns', toDateTime64('2020-01-01 00:00:00.000000001', 9, 'UTC'), toDateTime64('2020-01-01 00:00:00.000001', 9, 'UTC')), dateDiff('nanoseconds', toDateTime64('2020-01-01 00:00:00.000000001', 9, 'UTC'), toDateTime64('2020-01-01 00:00:01', 9, 'UTC')), dateDiff('ms', toDateTime64('2020-01-01 00:00:00.000999999', 9, 'UTC'), toDateTime64('2020-01-01 00:00:00.001', 9, 'UTC'));
SELECT dateDiff('ms', toDateTime('2020-01-01 00:00:00', 'UTC'), toDateTime('2020-01-01 00:01:00', 'UTC')), dateDiff('us', toDateTime('2020-01-01 00:00:00', 'UTC'), toDateTime64('2020-01-01 00:00:00.25', 2, 'UTC')), dateDiff('ms', toDate('2020-01-01'), toDate('2020-01-02'), 'UTC');
SELECT dateDiff('MILLISECOND', toDateTime64('2020-01-01 10:00:00', 3, 'Asia/Tokyo'), toDateTime64('2020-01-01 02:00:00', 3, 'UTC')), timestamp_diff('ms', toDateTime64('2020-01-01 00:00:00', 3, 'UTC'), toDateTime64('2019-12-31 23:59:59.75', 3, 'UTC'));
CREATE TABLE t_diff (a DateTime64(3, 'UTC'), b DateTime64(6, 'UTC')) ENGINE = Memory;
INSERT INTO t_diff VALUES ('2021-06-01 12:00:00.000', '2021-06-01 12:00:00.000500'), ('2021-06-01 12:00:00.999', '2021-06-01 12:00:01.000001'), ('2021-06-01 12:00:01.000', '2021-06-01 11:59:59.999999');
SELECT a, b, dateDiff('ms', a, b), dateDiff('us', a, b), dateDiff('ns', a, b), dateDiff('second', a, b) FROM t_diff ORDER BY a;
DROP TABLE t_diff;
SELECT dateDiff('picosecond', toDateTime64('2020-01-01 00:00:00', 3, 'UTC'), toDateTime64('2020-01-01 00:00:00', 3, 'UTC')); -- { serverError BAD_ARGUMENTS }
