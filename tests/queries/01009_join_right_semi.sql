-- reference: ClickHouse docs (modern)
-- RIGHT SEMI JOIN: the right rows that have a match, once each.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT r.k, b FROM l RIGHT SEMI JOIN r ON l.k = r.k ORDER BY b;
SELECT a, b FROM l SEMI RIGHT JOIN r USING k ORDER BY b;
SELECT count() FROM l RIGHT SEMI JOIN r ON l.k = r.k;
