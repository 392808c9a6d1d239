-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toStartOfFifteenMinutes(now()) > 0, now() > 1000000000, 0 < now();
SELECT toDate('2020-01-01') > 18000, toDate('2020-01-01') = 18262, toDateTime('2020-01-01 00:00:00', 'UTC') = 1577836800;
SELECT toDateTime('2020-01-01 00:00:00', 'Asia/Tokyo') < 1577836800, toDateTime('2020-01-01 00:00:00', 'Asia/Tokyo') >= toUInt32(1577804400);
SELECT count() FROM numbers(5) WHERE toDateTime(number * 100, 'UTC') > 150;
