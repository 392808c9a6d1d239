-- reference: ClickHouse docs (modern); checked by hand (18.16 fails these joins with "Size of permutation is less than required")
-- join_use_nulls = 1 with every join kind over MergeTree tables: unmatched sides become NULL and nullable.
CREATE TABLE l (k UInt32, a String, x Int32) ENGINE = MergeTree ORDER BY k;
CREATE TABLE r (k UInt32, b String, y Int32) ENGINE = MergeTree ORDER BY k;
INSERT INTO l VALUES (1, 'a1', 10), (2, 'a2', 20);
INSERT INTO l VALUES (3, 'a3', 30), (3, 'a3x', 31);
INSERT INTO r VALUES (2, 'b2', 200), (3, 'b3', 300);
INSERT INTO r VALUES (4, 'b4', 400);
SET join_use_nulls = 1;
SELECT l.k, a, x, r.k, b, y FROM l INNER JOIN r ON l.k = r.k ORDER BY l.k, a;
SELECT l.k, a, x, r.k, b, y FROM l LEFT JOIN r ON l.k = r.k ORDER BY l.k, a;
SELECT l.k, a, x, r.k, b, y FROM l RIGHT JOIN r ON l.k = r.k ORDER BY r.k, a;
SELECT l.k, a, x, r.k, b, y FROM l FULL JOIN r ON l.k = r.k ORDER BY l.k, r.k, a;
SELECT k, a, b FROM l FULL JOIN r USING (k) ORDER BY k, a;
SELECT toTypeName(a), toTypeName(b), toTypeName(y) FROM l LEFT JOIN r ON l.k = r.k LIMIT 1;
SELECT toTypeName(a), toTypeName(x), toTypeName(b) FROM l RIGHT JOIN r ON l.k = r.k LIMIT 1;
SELECT count(), count(b), count(a), sum(y), sum(x) FROM l FULL JOIN r ON l.k = r.k;
SELECT isNull(b) AS missing, count() FROM l LEFT JOIN r ON l.k = r.k GROUP BY missing ORDER BY missing;
SELECT a, ifNull(y, -1) FROM l LEFT JOIN r ON l.k = r.k ORDER BY a;
SET join_use_nulls = 0;
SELECT l.k, a, r.k, b, y FROM l LEFT JOIN r ON l.k = r.k ORDER BY l.k, a;
