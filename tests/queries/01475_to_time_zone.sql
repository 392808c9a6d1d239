-- reference: ClickHouse 18.16
SELECT toTimeZone(toDateTime('2020-05-17 13:14:15', 'UTC'), 'Asia/Tokyo'), toTimeZone(toDateTime('2020-05-17 13:14:15', 'UTC'), 'America/New_York');
SELECT toTypeName(toTimeZone(toDateTime('2020-05-17 13:14:15', 'UTC'), 'Asia/Tokyo'));
SELECT toUnixTimestamp(toTimeZone(toDateTime('2020-05-17 13:14:15', 'UTC'), 'Asia/Tokyo')) = toUnixTimestamp(toDateTime('2020-05-17 13:14:15', 'UTC'));
SELECT toString(toTimeZone(toDateTime('2020-05-17 13:14:15', 'UTC'), 'Asia/Kolkata')), toHour(toTimeZone(toDateTime('2020-05-17 13:14:15', 'UTC'), 'Asia/Kolkata'));
