-- reference: ClickHouse docs (modern); 18.16 has no INTERSECT
SELECT 1 INTERSECT SELECT 1;
SELECT 2 INTERSECT SELECT 1;
SELECT * FROM (SELECT number FROM numbers(20) INTERSECT SELECT number FROM numbers(5, 5)) ORDER BY 1;
SELECT * FROM (SELECT number, number + 10 FROM numbers(8) INTERSECT SELECT number + 5, number + 15 FROM numbers(10)) ORDER BY 1;
SELECT count() FROM (SELECT number FROM numbers(1000) INTERSECT SELECT number FROM numbers(200, 600));
SELECT s FROM (SELECT toString(number) AS s FROM numbers(5) INTERSECT DISTINCT SELECT toString(number * 2) FROM numbers(5)) ORDER BY s;
