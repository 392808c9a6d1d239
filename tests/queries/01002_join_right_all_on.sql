-- reference: ClickHouse docs (modern) (18.16 fails RIGHT JOIN with 'Block structure mismatch')
-- RIGHT JOIN (ALL): unmatched right rows get the left side's default values.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT l.k, a, r.k, b FROM l ALL RIGHT JOIN r ON l.k = r.k ORDER BY b, a;
SELECT a, b FROM l RIGHT OUTER JOIN r ON l.k = r.k ORDER BY b, a;
SELECT count() FROM l RIGHT JOIN r ON l.k = r.k;
