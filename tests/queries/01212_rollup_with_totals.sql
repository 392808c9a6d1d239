-- reference: ClickHouse 18.16
SELECT number % 2 AS a, number % 3 AS b, count() FROM numbers(12) GROUP BY a, b WITH ROLLUP WITH TOTALS ORDER BY a, b, count();
SELECT number % 3 AS a, sum(number) FROM numbers(10) GROUP BY a WITH CUBE WITH TOTALS ORDER BY a, sum(number);
