SELECT number FROM numbers(5) ORDER BY number LIMIT 10 OFFSET 10;
SELECT number FROM numbers(5) ORDER BY number LIMIT 2 OFFSET 4;
SELECT count() FROM (SELECT number FROM numbers(5) LIMIT 0);
