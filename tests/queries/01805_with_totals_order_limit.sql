-- reference: ClickHouse 18.16
-- WITH TOTALS combined with ORDER BY, LIMIT and HAVING: totals cover every group, not just the printed ones.
CREATE TABLE t (g String, x UInt32) ENGINE = MergeTree ORDER BY g;
INSERT INTO t VALUES ('a', 1), ('b', 2), ('c', 3), ('a', 4);
INSERT INTO t VALUES ('d', 10), ('b', 5), ('e', 1);
SELECT g, sum(x) AS s FROM t GROUP BY g WITH TOTALS ORDER BY s DESC, g LIMIT 2;
SELECT g, count(), max(x) FROM t GROUP BY g WITH TOTALS ORDER BY g LIMIT 3;
SELECT g, sum(x) FROM t GROUP BY g WITH TOTALS HAVING sum(x) > 2 ORDER BY g;
SELECT g, sum(x) FROM t GROUP BY g WITH TOTALS ORDER BY g LIMIT 1, 2;
SELECT length(g) AS l, sum(x) FROM t GROUP BY l WITH TOTALS ORDER BY l;
SELECT g, avg(x) FROM t WHERE x > 1 GROUP BY g WITH TOTALS ORDER BY g DESC LIMIT 2;
