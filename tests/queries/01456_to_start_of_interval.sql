-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toStartOfInterval(toDateTime('2020-05-17 13:14:15', 'UTC'), INTERVAL 1 YEAR);
SELECT toStartOfInterval(toDateTime('2020-05-17 13:14:15', 'UTC'), INTERVAL 1 QUARTER);
SELECT toStartOfInterval(toDateTime('2020-05-17 13:14:15', 'UTC'), INTERVAL 2 MONTH);
SELECT toStartOfInterval(toDateTime('2020-05-17 13:14:15', 'UTC'), INTERVAL 1 WEEK);
SELECT toStartOfInterval(toDateTime('2020-05-17 13:14:15', 'UTC'), INTERVAL 3 DAY);
SELECT toStartOfInterval(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo'), INTERVAL 4 HOUR);
SELECT toStartOfInterval(toDateTime('2020-05-17 13:14:15', 'UTC'), INTERVAL 20 MINUTE);
SELECT toStartOfInterval(toDateTime('2020-05-17 13:14:15', 'UTC'), INTERVAL 10 SECOND);
SELECT toStartOfInterval(toDate('2020-05-17'), INTERVAL 1 MONTH), toStartOfInterval(toDate('2020-05-17'), INTERVAL 1 YEAR);
SELECT toStartOfInterval(toDateTime('2020-05-17 13:14:15', 'UTC'), toIntervalHour(6), 'Asia/Kolkata');
