-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toDate('2020-01-31') + INTERVAL 1 QUARTER, toDate('2020-05-31') - toIntervalQuarter(1), toTypeName(toIntervalQuarter(2));
SELECT toDateTime('2020-05-17 10:00:00', 'Asia/Tokyo') + INTERVAL 1 DAY + INTERVAL 2 HOUR;
SELECT INTERVAL 3 DAY + toDate('2020-05-17');
