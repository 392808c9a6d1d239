SELECT number % 2 AS k, count() AS c, avg(number), max(toString(number)) FROM numbers(5) GROUP BY k WITH TOTALS ORDER BY k;
SELECT 'next';
