-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT count(), sum(number), min(number), max(number) FROM numbers_mt(1000000);
SELECT sum(number) FROM numbers_mt(10, 5);
SELECT number FROM numbers_mt(3) ORDER BY number;
