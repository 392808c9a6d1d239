-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT count(), sum(zero), max(zero) FROM zeros(100000);
SELECT count() FROM zeros_mt(100000);
SELECT zero, toTypeName(zero) FROM zeros(3);
SELECT count() FROM zeros(0);
SELECT * FROM zeros(10) LIMIT 2;
