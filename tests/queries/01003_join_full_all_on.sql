-- reference: ClickHouse docs (modern) (18.16 fails FULL JOIN with 'Block structure mismatch')
-- FULL JOIN (ALL): unmatched rows of both sides.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT l.k, a, r.k, b FROM l ALL FULL JOIN r ON l.k = r.k ORDER BY l.k, r.k, a, b;
SELECT a, b FROM l FULL OUTER JOIN r ON l.k = r.k ORDER BY a, b;
SELECT count() FROM l FULL JOIN r ON l.k = r.k;
