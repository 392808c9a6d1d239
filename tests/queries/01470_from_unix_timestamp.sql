-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT fromUnixTimestamp(1589688855, 'Asia/Tokyo'), fromUnixTimestamp(0, 'UTC');
SELECT fromUnixTimestamp(1589688855, '%Y-%m-%d %H:%M', 'Asia/Tokyo'), FROM_UNIXTIME(86400, '%F', 'UTC');
SELECT toTypeName(fromUnixTimestamp(1589688855, 'Asia/Tokyo')), toTypeName(fromUnixTimestamp(1, '%Y', 'UTC'));
