-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT date_diff('day', toDate('2020-01-01'), toDate('2020-03-01')), DATE_DIFF('month', toDate('2020-01-01'), toDate('2021-03-01'));
SELECT date_diff('second', toDateTime64('2020-01-01 00:00:00.500', 3, 'UTC'), toDateTime64('2020-01-01 00:00:02.000', 3, 'UTC'));
SELECT dateDiff('year', toDate('2017-12-31'), toDate('2019-01-01')), timestampDiff('day', toDate('2020-02-28'), toDate('2020-03-01'));
SELECT dateDiff('fortnight', toDate('2020-01-01'), toDate('2020-03-01')); -- { serverError BAD_ARGUMENTS }
