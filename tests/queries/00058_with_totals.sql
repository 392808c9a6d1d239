SELECT number % 3 AS k, count() FROM numbers(10) GROUP BY k WITH TOTALS ORDER BY k;
SELECT number % 2 AS k, sum(number), max(number) FROM numbers(6) GROUP BY k WITH TOTALS ORDER BY k;
