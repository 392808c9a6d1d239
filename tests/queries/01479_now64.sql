-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toTypeName(now64()), toTypeName(now64(6)), toTypeName(now64(0, 'Asia/Tokyo'));
SELECT now64() >= toDateTime64('2020-01-01 00:00:00', 3, 'UTC'), toUnixTimestamp(now64(0, 'UTC')) = toUnixTimestamp(now());
