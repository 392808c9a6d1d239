-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT addQuarters(toDate('2020-01-31'), 1), subtractQuarters(toDate('2020-05-31'), 1);
SELECT addQuarters(toDateTime('2020-11-30 10:00:00', 'Asia/Tokyo'), 1), subtractQuarters(toDateTime('2020-03-31 10:00:00', 'Asia/Tokyo'), 4);
SELECT number, addQuarters(toDate('2020-08-31'), number) FROM numbers(5) ORDER BY number;
