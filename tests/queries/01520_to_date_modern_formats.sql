-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toDate(toDateTime('2020-05-17 23:30:00', 'UTC'), 'Asia/Tokyo'), toDateTime64('2020-05-17 13:14:15.5', 1, 'Asia/Tokyo');
