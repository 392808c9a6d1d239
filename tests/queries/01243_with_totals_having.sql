-- reference: ClickHouse 18.16
SELECT number % 3 AS k, count() FROM numbers(10) GROUP BY k WITH TOTALS ORDER BY k;
SELECT number % 3 AS k, sum(number) AS s FROM numbers(10) GROUP BY k WITH TOTALS HAVING s > 12 ORDER BY k;
SELECT number % 5 AS k, count() AS c FROM numbers(23) GROUP BY k WITH TOTALS HAVING c = 5 ORDER BY k;
SELECT number % 4 AS k, avg(number) FROM numbers(8) GROUP BY k WITH TOTALS ORDER BY k LIMIT 2;
