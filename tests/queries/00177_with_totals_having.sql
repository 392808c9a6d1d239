SELECT number % 3 AS k, sum(number) AS s FROM numbers(10) GROUP BY k WITH TOTALS HAVING s > 12 ORDER BY k;
SELECT 'between';
SELECT count() FROM numbers(5) GROUP BY number % 1 WITH TOTALS;
