-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT timezone() = timeZone(), length(timezone()) > 0;
SELECT toTypeName(timeZone());
SELECT toTimezone(toDateTime('2020-05-17 13:14:15', 'UTC'), 'Europe/Berlin');
SELECT timezone() SETTINGS session_timezone = 'Asia/Tokyo';
