-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT date_add(toDate('2020-01-01'), INTERVAL 1 MONTH), date_sub(toDate('2020-01-01'), INTERVAL 1 DAY);
