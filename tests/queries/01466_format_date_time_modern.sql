-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT formatDateTime(toDateTime('2020-05-07 03:04:05', 'Asia/Tokyo'), '%a %b %h %c %k %l %r %s %z');
SELECT formatDateTime(toDateTime64('2020-05-07 03:04:05.123456', 6, 'UTC'), '%f %Q %S');
SELECT formatDateTime(toDateTime('2020-05-07 03:04:05', 'America/New_York'), '%z'), formatDateTime(toDateTime('2020-05-07 03:04:05', 'Asia/Kolkata'), '%z');
SELECT DATE_FORMAT(toDateTime('2020-05-07 03:04:05', 'UTC'), '%Y%m%d');
