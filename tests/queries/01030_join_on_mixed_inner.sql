-- reference: ClickHouse docs (modern)
-- Non-equality conditions over both sides: INNER (ALL) joins filter the joined rows.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT a, b FROM l JOIN r ON l.k = r.k AND l.a < r.b ORDER BY a, b;
SELECT a, b FROM l JOIN r ON l.k = r.k AND length(a) = length(b) ORDER BY a, b;
SELECT a, b FROM l JOIN r ON l.k = r.k AND (a = 'a2' OR b = 'b3') ORDER BY a, b;
