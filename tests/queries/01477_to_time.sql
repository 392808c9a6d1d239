-- reference: ClickHouse 18.16
SELECT toTime(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo')), toTime(toDateTime('2020-05-17 13:14:15', 'UTC'));
SELECT toTime(toDateTime('2020-05-17 13:14:15', 'UTC'), 'Asia/Tokyo'), toTypeName(toTime(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo')));
SELECT toTime(toDateTime('2020-05-17 13:14:15', 'UTC')) < toTime(toDateTime('2019-01-01 14:00:00', 'UTC'));
SELECT number, toTime(toDateTime('2020-05-17 22:00:00', 'UTC') + number * 3600) FROM numbers(4) ORDER BY number;
