-- reference: ClickHouse docs (modern): Date steps in days, DateTime in seconds; INTERVAL steps are allowed
SELECT toDate('2020-01-01') + number * 3 AS d FROM numbers(3) ORDER BY d WITH FILL;
SELECT toDate('2020-01-01') + number * 14 AS d FROM numbers(3) ORDER BY d WITH FILL STEP INTERVAL 1 WEEK;
SELECT toDate('2020-01-15') + number * 70 AS d FROM numbers(2) ORDER BY d WITH FILL STEP INTERVAL 1 MONTH;
SELECT toDateTime('2021-06-01 00:00:00', 'UTC') + number * 10800 AS t FROM numbers(2) ORDER BY t WITH FILL STEP INTERVAL 1 HOUR;
SELECT toDateTime('2021-06-01 00:00:00', 'UTC') + number * 5 AS t FROM numbers(2) ORDER BY t WITH FILL STEP 2;
SELECT d, v FROM (SELECT toDate('2022-03-01') + number * 2 AS d, number + 1 AS v FROM numbers(3)) ORDER BY d WITH FILL FROM toDate('2022-02-27') TO toDate('2022-03-08');
