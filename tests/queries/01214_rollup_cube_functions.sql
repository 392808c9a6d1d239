-- reference: ClickHouse docs (modern): GROUP BY ROLLUP(...) and CUBE(...) are the same as WITH ROLLUP / WITH CUBE
SELECT number % 2 AS a, number % 3 AS b, sum(number) FROM numbers(12) GROUP BY ROLLUP(a, b) ORDER BY a, b, sum(number);
SELECT number % 2 AS a, number % 3 AS b, sum(number) FROM numbers(12) GROUP BY CUBE(a, b) ORDER BY a, b, sum(number);
SELECT year, month, count() FROM (SELECT 2020 + number % 2 AS year, 1 + number % 3 AS month FROM numbers(6)) GROUP BY ROLLUP(year, month) ORDER BY year, month, count();
SELECT number % 2 AS a, count() FROM numbers(6) GROUP BY ROLLUP(a) WITH TOTALS ORDER BY a, count();
