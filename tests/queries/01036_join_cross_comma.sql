-- reference: ClickHouse docs (modern); 18.16 fails parts of this file (wrong right-key values, "Size of permutation", one JOIN per query, key type mismatch)
-- CROSS JOIN and comma joins.
SELECT a.number, b.number FROM numbers(2) a CROSS JOIN numbers(3) b ORDER BY a.number, b.number;
SELECT count() FROM numbers(10) a, numbers(20) b;
SELECT count() FROM numbers(10) a, numbers(20) b WHERE a.number = b.number;
SELECT count() FROM numbers(3) a CROSS JOIN numbers(0) b;
