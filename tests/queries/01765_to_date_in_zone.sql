-- reference: ClickHouse docs (modern): toDate(datetime, timezone) is the calendar day of the instant in that zone
SELECT toDate(toDateTime('2024-01-01 20:00:00', 'UTC'), 'Asia/Tokyo'), toDate(toDateTime('2024-01-01 20:00:00', 'UTC'), 'America/New_York');
SELECT toDate(toDateTime64('2024-03-10 23:30:00.250', 3, 'UTC'), 'Europe/Berlin'), toDate(toDateTime('2024-01-01 20:00:00', 'Asia/Tokyo'), 'UTC');
SELECT toTypeName(toDate(toDateTime('2024-01-01 20:00:00', 'UTC'), 'Asia/Tokyo'));
