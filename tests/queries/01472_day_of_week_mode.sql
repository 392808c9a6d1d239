-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toDayOfWeek(toDate('2020-05-17'), 0), toDayOfWeek(toDate('2020-05-17'), 1), toDayOfWeek(toDate('2020-05-17'), 2), toDayOfWeek(toDate('2020-05-17'), 3);
SELECT toDayOfWeek(toDate('2020-05-18'), 0), toDayOfWeek(toDate('2020-05-18'), 1), toDayOfWeek(toDate('2020-05-18'), 2), toDayOfWeek(toDate('2020-05-18'), 3);
SELECT toDayOfWeek(toDateTime('2020-05-17 23:30:00', 'UTC'), 0, 'Asia/Tokyo');
SELECT DAYOFWEEK(toDate('2020-05-17')), DAYOFYEAR(toDate('2020-02-01'));
