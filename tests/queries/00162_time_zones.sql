SELECT toDateTime('2024-03-01 00:00:00', 'Asia/Tokyo'), toTypeName(toDateTime('2024-03-01 00:00:00', 'Asia/Tokyo'));
SELECT toUnixTimestamp(toDateTime('2024-03-01 00:00:00', 'Asia/Tokyo')), toUnixTimestamp(toDateTime('2024-03-01 00:00:00', 'UTC'));
SELECT toTimeZone(toDateTime('2024-03-01 00:00:00', 'UTC'), 'Asia/Tokyo'), toTimeZone(toDateTime('2024-03-01 00:00:00', 'UTC'), 'America/New_York');
SELECT toDateTime(0, 'UTC'), toDateTime(1709251200, 'Europe/Berlin');
SELECT toHour(toDateTime('2024-07-01 12:00:00', 'UTC')), toHour(toTimeZone(toDateTime('2024-07-01 12:00:00', 'UTC'), 'Europe/Berlin'));
SELECT toDate(toDateTime('2024-03-01 23:30:00', 'UTC')), toDate(toTimeZone(toDateTime('2024-03-01 23:30:00', 'UTC'), 'Asia/Tokyo'));
