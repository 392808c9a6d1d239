-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toStartOfDay(toDateTime64('2020-05-17 13:14:15.123', 3, 'Asia/Tokyo')), toStartOfHour(toDateTime64('2020-05-17 13:14:15.123', 3, 'Asia/Tokyo'));
SELECT toStartOfMinute(toDateTime64('2020-05-17 13:14:15.999', 3, 'UTC')), toStartOfFifteenMinutes(toDateTime64('2020-05-17 13:14:15.5', 1, 'UTC'));
SELECT toYear(toDateTime64('2020-12-31 23:30:00.5', 1, 'UTC'), 'Asia/Tokyo'), toDayOfWeek(toDateTime64('2020-05-17 13:14:15.123', 3, 'UTC')), toUnixTimestamp(toDateTime64('2020-05-17 13:14:15.123', 3, 'UTC'));
SELECT toDateTime64('2020-05-17 13:14:15.123', 3, 'UTC') + INTERVAL 1 DAY, addHours(toDateTime64('2020-05-17 13:14:15.123', 3, 'UTC'), 2);
SELECT formatDateTime(toDateTime64('2020-05-17 13:14:15.123', 3, 'Asia/Tokyo'), '%F %T'), toYYYYMMDDhhmmss(toDateTime64('2020-05-17 13:14:15.123', 3, 'Asia/Tokyo'));
SELECT toTypeName(toStartOfHour(toDateTime64('2020-05-17 13:14:15.123', 3, 'Asia/Tokyo'))), toTimeZone(toDateTime64('2020-05-17 13:14:15.123', 3, 'UTC'), 'Asia/Tokyo');
