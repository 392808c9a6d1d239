SELECT DISTINCT number % 7 AS k FROM numbers(100) ORDER BY k DESC LIMIT 3;
SELECT DISTINCT toString(number % 3) AS s FROM numbers(9) ORDER BY s;
SELECT count(DISTINCT number % 7), count() FROM numbers(100);
