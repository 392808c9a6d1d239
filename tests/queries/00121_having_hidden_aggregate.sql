SELECT number % 4 AS k FROM numbers(20) GROUP BY k HAVING max(number) > 17 ORDER BY k;
SELECT number % 4 AS k, count() FROM numbers(20) GROUP BY k HAVING sum(number) BETWEEN 40 AND 45 ORDER BY k;
