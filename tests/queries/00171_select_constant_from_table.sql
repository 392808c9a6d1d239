SELECT 1 FROM numbers(3);
SELECT 'x' AS c FROM numbers(2);
SELECT count() FROM (SELECT 1);
SELECT count() FROM (SELECT 1 FROM numbers(5));
SELECT sum(1) FROM numbers(7);
