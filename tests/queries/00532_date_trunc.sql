-- dateTrunc / DATE_TRUNC (ClickBench query 43), with modern ClickHouse's result types: Date for
-- week and longer units, DateTime (in the value's or the given zone) for day and shorter.
SELECT DATE_TRUNC('minute', toDateTime('2013-07-14 10:11:12', 'UTC')) AS m, toTypeName(m);
SELECT dateTrunc('second', toDateTime('2013-07-14 10:11:12', 'UTC'));
SELECT dateTrunc('hour', toDateTime('2013-07-14 10:11:12', 'UTC'));
SELECT dateTrunc('day', toDateTime('2013-07-14 10:11:12', 'UTC')) AS d, toTypeName(d);
SELECT dateTrunc('week', toDateTime('2013-07-14 10:11:12', 'UTC')) AS d, toTypeName(d);
SELECT date_trunc('MONTH', toDate('2013-07-14')) AS d, toTypeName(d);
SELECT dateTrunc('quarter', toDate('2013-08-14')), dateTrunc('year', toDate('2013-08-14'));
SELECT dateTrunc('hour', toDateTime('2013-07-14 10:11:12', 'UTC'), 'Asia/Kolkata') AS h, toTypeName(h);
SELECT dateTrunc('minute', toDate('2013-07-14')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT dateTrunc('fortnight', toDate('2013-07-14')); -- { serverError BAD_ARGUMENTS }
SELECT dateTrunc('month', 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
CREATE TABLE t (EventTime DateTime('UTC')) ENGINE = Memory;
INSERT INTO t VALUES ('2013-07-14 10:11:12'), ('2013-07-14 10:11:59'), ('2013-07-14 10:12:00');
SELECT DATE_TRUNC('minute', EventTime) AS M, COUNT(*) AS PageViews FROM t GROUP BY DATE_TRUNC('minute', EventTime) ORDER BY DATE_TRUNC('minute', EventTime);
SELECT DATE_TRUNC('minute', EventTime) AS M, COUNT(*) AS PageViews FROM t GROUP BY DATE_TRUNC('minute', EventTime) ORDER BY DATE_TRUNC('minute', EventTime) LIMIT 1 OFFSET 1;
