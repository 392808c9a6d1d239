SELECT number % 2 AS k, number FROM numbers(10) ORDER BY k, number LIMIT 1, 2 BY k;
SELECT number % 2 AS k, number FROM numbers(10) ORDER BY k, number LIMIT 2 OFFSET 3 BY k;
