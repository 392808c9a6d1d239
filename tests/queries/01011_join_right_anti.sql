-- reference: ClickHouse docs (modern)
-- RIGHT ANTI JOIN: the right rows without a match; left columns are defaults.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT l.k, a, r.k, b FROM l RIGHT ANTI JOIN r ON l.k = r.k ORDER BY b;
SELECT k, b FROM l ANTI RIGHT JOIN r USING k ORDER BY b;
SELECT l.k, a, b FROM l RIGHT ANTI JOIN r ON l.k = r.k ORDER BY b SETTINGS join_use_nulls = 1;
