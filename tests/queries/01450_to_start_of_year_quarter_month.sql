-- reference: ClickHouse 18.16
SELECT toStartOfYear(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo')), toStartOfYear(toDate('2020-05-17'));
SELECT toStartOfQuarter(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo')), toStartOfQuarter(toDate('2020-12-31'));
SELECT toStartOfMonth(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo')), toStartOfMonth(toDate('2020-02-29'));
SELECT toStartOfYear(toDateTime('2020-01-01 03:00:00', 'UTC'), 'America/New_York');
SELECT toStartOfMonth(toDateTime('2020-03-01 02:00:00', 'UTC'), 'America/Los_Angeles');
SELECT toTypeName(toStartOfYear(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo'))), toTypeName(toStartOfQuarter(toDate('2020-05-17')));
SELECT number, toStartOfQuarter(toDate('2019-01-15') + number * 40) FROM numbers(10) ORDER BY number;
