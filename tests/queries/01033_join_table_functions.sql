-- reference: ClickHouse docs (modern); 18.16 fails parts of this file (wrong right-key values, "Size of permutation", one JOIN per query, key type mismatch)
-- Joins of table functions.
SELECT a.number, b.number FROM numbers(5) a ALL INNER JOIN numbers(3, 5) b ON a.number = b.number ORDER BY a.number;
SELECT a.number, b.number FROM numbers(5) a ALL LEFT JOIN numbers(2, 2) b ON a.number = b.number ORDER BY a.number;
SELECT count() FROM numbers(1000) a ALL INNER JOIN numbers(500, 1000) b ON a.number = b.number;
SELECT sum(a.number) FROM numbers(100) a ALL INNER JOIN numbers(100) b ON a.number = b.number % 10;
