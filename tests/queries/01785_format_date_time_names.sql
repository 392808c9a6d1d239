-- reference: ClickHouse docs (modern); 18.16 knows none of the name codes
-- formatDateTime's name codes: %a (Mon..Sun) and %W (Monday..Sunday) for the weekday, %b (Jan..Dec) for the
-- month. Modern ClickHouse has no %A, %B or %E (BAD_ARGUMENTS); the MySQL week codes %U %v %x %X are
-- reserved and NOT_IMPLEMENTED. (%M, the full month name since 23.4, is left out: older versions print the minute.)
SELECT d, formatDateTime(d, '%a|%W|%u|%w') FROM (SELECT toDate('2024-01-01') + number AS d FROM numbers(7)) ORDER BY d;
SELECT d, formatDateTime(d, '%b %m %Y') FROM (SELECT addMonths(toDate('2024-01-15'), number) AS d FROM numbers(12)) ORDER BY d;
SELECT formatDateTime(toDateTime('2024-01-01 23:30:00', 'UTC'), '%a %W %b %d', 'Asia/Tokyo'), formatDateTime(toDateTime('2024-03-01 00:30:00', 'Asia/Tokyo'), '%a %W %b %d', 'UTC');
SELECT formatDateTime(toDateTime64('2023-12-31 23:59:59.999', 3, 'UTC'), '%a, %d %b %Y %T'), formatDateTime(toDateTime('2020-02-29 12:00:00', 'UTC'), '%W the %jth day, %b');
SELECT DATE_FORMAT(toDate('2021-07-04'), '%W, %b %d'), formatDateTime(toDateTime('2021-07-04 18:05:00', 'America/New_York'), '%a %h:%i %p');
SELECT formatDateTime(toDate('2024-01-01'), '%A'); -- { serverError BAD_ARGUMENTS }
SELECT formatDateTime(toDate('2024-01-01'), '%B'); -- { serverError BAD_ARGUMENTS }
SELECT formatDateTime(toDate('2024-01-01'), '%E'); -- { serverError BAD_ARGUMENTS }
SELECT formatDateTime(toDate('2024-01-01'), '%U'); -- { serverError NOT_IMPLEMENTED }
SELECT formatDateTime(toDate('2024-01-01'), '%v'); -- { serverError NOT_IMPLEMENTED }
SELECT formatDateTime(toDate('2024-01-01'), '%x'); -- { serverError NOT_IMPLEMENTED }
SELECT formatDateTime(toDate('2024-01-01'), '%X'); -- { serverError NOT_IMPLEMENTED }
