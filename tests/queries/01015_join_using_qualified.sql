-- reference: ClickHouse docs (modern)
-- With USING, alias.k is each side's own column; k is the joined key.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT k, l.k, r.k, a, b FROM l LEFT JOIN r USING k ORDER BY a, b;
SELECT k, l.k, r.k, a, b FROM l RIGHT JOIN r USING k ORDER BY b, a;
SELECT k, l.k, r.k, a, b FROM l FULL JOIN r USING k ORDER BY k, a, b;
SELECT k, t1.k, t2.k FROM l AS t1 JOIN r AS t2 USING k ORDER BY k;
