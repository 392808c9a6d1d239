-- reference: ClickHouse 18.16
SELECT dateDiff('second', toDateTime('2020-01-01 00:00:00', 'UTC'), toDateTime('2020-01-02 01:02:03', 'UTC'));
SELECT dateDiff('minute', toDateTime('2020-01-01 00:00:59', 'UTC'), toDateTime('2020-01-01 00:01:00', 'UTC'));
SELECT dateDiff('hour', toDateTime('2020-01-01 00:00:00', 'UTC'), toDateTime('2020-01-03 05:00:00', 'UTC'));
SELECT dateDiff('day', toDate('2020-01-01'), toDate('2020-03-01')), dateDiff('week', toDate('2020-01-01'), toDate('2020-03-01'));
SELECT dateDiff('month', toDate('2020-01-31'), toDate('2020-02-01')), dateDiff('quarter', toDate('2020-01-01'), toDate('2021-01-01')), dateDiff('year', toDate('2019-12-31'), toDate('2020-01-01'));
SELECT dateDiff('day', toDateTime('2020-01-01 23:00:00', 'UTC'), toDateTime('2020-01-02 01:00:00', 'UTC'), 'Asia/Tokyo');
SELECT dateDiff('hour', toDateTime('2020-01-02 00:00:00', 'UTC'), toDateTime('2020-01-01 00:00:00', 'UTC'));
