-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toStartOfWeek(toDate('2020-05-17'), 0), toStartOfWeek(toDate('2020-05-17'), 1), toStartOfWeek(toDate('2020-05-17'), 2), toStartOfWeek(toDate('2020-05-17'), 3);
SELECT toStartOfWeek(toDate('2020-05-18'), 0), toStartOfWeek(toDate('2020-05-18'), 1);
SELECT toStartOfWeek(toDateTime('2020-05-17 23:30:00', 'UTC'), 1, 'Asia/Tokyo');
SELECT number, toDate('2021-01-01') + number AS d, toStartOfWeek(d, 0), toStartOfWeek(d, 1) FROM numbers(8) ORDER BY number;
