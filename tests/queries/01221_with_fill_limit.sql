-- reference: ClickHouse docs (modern): WITH FILL runs after ORDER BY and before LIMIT
SELECT number * 2 AS n FROM numbers(10) ORDER BY n WITH FILL LIMIT 5;
SELECT number * 5 AS n FROM numbers(3) ORDER BY n WITH FILL STEP 1 LIMIT 3 OFFSET 4;
SELECT n, count() AS c FROM (SELECT arrayJoin([1, 1, 4, 6]) AS n) GROUP BY n ORDER BY n WITH FILL;
