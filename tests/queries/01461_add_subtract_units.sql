-- reference: ClickHouse 18.16
SELECT addYears(toDate('2020-02-29'), 1), addMonths(toDate('2020-01-31'), 1), addWeeks(toDate('2020-05-17'), 2), addDays(toDate('2020-12-31'), 1);
SELECT addHours(toDateTime('2020-05-17 23:00:00', 'Asia/Tokyo'), 2), addMinutes(toDateTime('2020-05-17 23:59:00', 'Asia/Tokyo'), 2), addSeconds(toDateTime('2020-05-17 23:59:59', 'Asia/Tokyo'), 2);
SELECT subtractYears(toDate('2020-02-29'), 1), subtractMonths(toDate('2020-03-31'), 1), subtractWeeks(toDate('2020-05-17'), 1), subtractDays(toDate('2020-01-01'), 1);
SELECT subtractHours(toDateTime('2020-05-17 01:00:00', 'Asia/Tokyo'), 2), subtractMinutes(toDateTime('2020-05-17 00:01:00', 'Asia/Tokyo'), 2), subtractSeconds(toDateTime('2020-05-17 00:00:01', 'Asia/Tokyo'), 2);
SELECT addMonths(toDateTime('2020-01-31 10:00:00', 'Europe/Moscow'), 1), subtractYears(toDateTime('2020-02-29 10:00:00', 'Europe/Moscow'), 4);
SELECT number, addMonths(toDate('2020-01-31'), number) FROM numbers(13) ORDER BY number;
