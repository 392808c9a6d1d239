-- reference: ClickHouse 18.16
SELECT toStartOfFiveMinute(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo')), toStartOfFifteenMinutes(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo'));
SELECT toStartOfFiveMinute(toDateTime('2020-05-17 13:59:59', 'Asia/Kolkata')), toStartOfFifteenMinutes(toDateTime('2020-05-17 13:59:59', 'Asia/Kolkata'));
SELECT number, toDateTime('2020-05-17 00:00:00', 'UTC') + number * 250 AS t, toStartOfFiveMinute(t), toStartOfFifteenMinutes(t) FROM numbers(10) ORDER BY number;
