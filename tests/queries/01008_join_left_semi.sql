-- reference: ClickHouse docs (modern) (SEMI joins appeared after 18.16)
-- LEFT SEMI JOIN: the left rows that have a match, once each.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT l.k, a FROM l LEFT SEMI JOIN r ON l.k = r.k ORDER BY a;
SELECT a, b FROM l SEMI LEFT JOIN r USING k ORDER BY a;
SELECT count() FROM l LEFT SEMI JOIN r ON l.k = r.k;
