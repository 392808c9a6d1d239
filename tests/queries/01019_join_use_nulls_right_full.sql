-- reference: ClickHouse docs (modern)
-- join_use_nulls with RIGHT and FULL joins: the missing side is NULL.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT l.k, a, r.k, b FROM l RIGHT JOIN r ON l.k = r.k ORDER BY b, a SETTINGS join_use_nulls = 1;
SELECT l.k, a, r.k, b FROM l FULL JOIN r ON l.k = r.k ORDER BY l.k, r.k, a, b SETTINGS join_use_nulls = 1;
SELECT k, a, b FROM l FULL JOIN r USING k ORDER BY k, a, b SETTINGS join_use_nulls = 1;
SELECT toTypeName(k), toTypeName(a), toTypeName(b) FROM l FULL JOIN r USING k LIMIT 1 SETTINGS join_use_nulls = 1;
