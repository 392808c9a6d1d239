-- reference: ClickHouse 18.16
SELECT toDayOfWeek(toDate('2020-05-17')), toDayOfWeek(toDate('2020-05-18')), toDayOfYear(toDate('2020-12-31')), toDayOfYear(toDate('2021-12-31'));
SELECT toISOWeek(toDate('2021-01-01')), toISOYear(toDate('2021-01-01')), toISOWeek(toDate('2020-12-31')), toISOYear(toDate('2019-12-30'));
SELECT toDayOfWeek(toDateTime('2020-05-17 23:30:00', 'UTC')), toDayOfWeek(toDateTime('2020-05-17 23:30:00', 'Asia/Tokyo'));
SELECT toDayOfYear(toDateTime('2020-12-31 20:00:00', 'America/New_York')), toISOWeek(toDateTime('2021-01-03 20:00:00', 'Asia/Tokyo'));
SELECT number, toDate('2020-12-26') + number AS d, toDayOfWeek(d), toISOWeek(d), toISOYear(d), toDayOfYear(d) FROM numbers(10) ORDER BY number;
