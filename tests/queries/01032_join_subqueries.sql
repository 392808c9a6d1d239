-- reference: ClickHouse docs (modern); 18.16 fails parts of this file (wrong right-key values, "Size of permutation", one JOIN per query, key type mismatch)
-- Joins of subqueries.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT x, y FROM (SELECT number AS x FROM numbers(6)) s1 JOIN (SELECT number * 2 AS y FROM numbers(6)) s2 ON s1.x = s2.y ORDER BY x;
SELECT k, s, c FROM (SELECT k, sum(length(a)) AS s FROM l GROUP BY k) AS t1 ALL INNER JOIN (SELECT k, count() AS c FROM r GROUP BY k) AS t2 USING k ORDER BY k;
SELECT t1.k, cnt FROM (SELECT k FROM l) t1 ALL LEFT JOIN (SELECT k, count() AS cnt FROM r GROUP BY k) t2 ON t1.k = t2.k ORDER BY t1.k;
SELECT a, b FROM l ALL INNER JOIN (SELECT k, b FROM r WHERE b LIKE '%x') rr ON l.k = rr.k ORDER BY a, b;
