-- reference: ClickHouse docs (modern)
SELECT * FROM (SELECT 1 INTERSECT SELECT 1);
WITH (SELECT number FROM numbers(10) INTERSECT SELECT 5) AS a SELECT a * 10;
SELECT count() FROM (SELECT number FROM numbers(10) EXCEPT SELECT 5);
SELECT count() FROM (SELECT number FROM numbers(100) INTERSECT SELECT number FROM numbers(20, 60) EXCEPT SELECT number FROM numbers(30, 20) EXCEPT SELECT number FROM numbers(60, 20) UNION ALL SELECT number FROM numbers(100, 10));
SELECT number FROM numbers(10) WHERE number IN (SELECT number FROM numbers(5) EXCEPT SELECT 2) ORDER BY number;
SELECT (SELECT 1 UNION DISTINCT SELECT 1);
