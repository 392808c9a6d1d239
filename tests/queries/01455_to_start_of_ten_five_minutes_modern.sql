-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toStartOfTenMinutes(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo')), toStartOfFiveMinutes(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo'));
SELECT toStartOfTenMinutes(toDateTime('2020-05-17 13:59:59', 'Asia/Kolkata'));
SELECT number, toDateTime('2020-05-17 00:00:00', 'UTC') + number * 250 AS t, toStartOfTenMinutes(t), toStartOfFiveMinutes(t) FROM numbers(6) ORDER BY number;
SELECT toTypeName(toStartOfTenMinutes(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo')));
