-- reference: ClickHouse docs (modern); 18.16 has no GROUPING SETS
DROP TABLE IF EXISTS gs;
CREATE TABLE gs (a String, b String, v UInt32) ENGINE = Memory;
INSERT INTO gs VALUES ('x', 'p', 1), ('x', 'q', 2), ('y', 'p', 3), ('y', 'p', 4);
SELECT a, b, sum(v) FROM gs GROUP BY GROUPING SETS ((a), (b), ()) ORDER BY a, b, sum(v);
SELECT a, b, count() FROM gs GROUP BY GROUPING SETS ((a, b), (a)) ORDER BY a, b, count();
SELECT a, sum(v) FROM gs GROUP BY GROUPING SETS (a, ()) ORDER BY a, sum(v);
SELECT number % 2 AS k, count() FROM numbers(10) GROUP BY GROUPING SETS ((k), ()) HAVING count() > 4 ORDER BY k, count();
DROP TABLE gs;
