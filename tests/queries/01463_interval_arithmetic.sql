-- reference: ClickHouse 18.16
SELECT toDate('2020-01-31') + INTERVAL 1 MONTH, toDate('2020-01-01') - INTERVAL 1 DAY, toDate('2020-01-01') + INTERVAL 2 WEEK;
SELECT toDateTime('2020-05-17 23:00:00', 'Asia/Tokyo') + INTERVAL 2 HOUR, toDateTime('2020-05-17 00:00:00', 'Asia/Tokyo') - INTERVAL 1 SECOND;
SELECT toDate('2020-02-29') + INTERVAL 1 YEAR, toDateTime('2020-05-17 10:00:00', 'UTC') + INTERVAL 30 MINUTE;
SELECT toDate('2020-05-17') + toIntervalDay(3), toDate('2020-05-17') - toIntervalWeek(1), toDate('2020-05-17') + toIntervalMonth(8), toDate('2020-05-17') + toIntervalYear(2);
SELECT toDateTime('2020-05-17 10:00:00', 'UTC') + toIntervalHour(25), toDateTime('2020-05-17 10:00:00', 'UTC') + toIntervalMinute(-5), toDateTime('2020-05-17 10:00:00', 'UTC') + toIntervalSecond(3600);
SELECT toTypeName(toIntervalDay(1)), toTypeName(INTERVAL 1 MONTH), toTypeName(toIntervalSecond(5));
SELECT number, toDate('2020-01-31') + toIntervalMonth(number) FROM numbers(4) ORDER BY number;
