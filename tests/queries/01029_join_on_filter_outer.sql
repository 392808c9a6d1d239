-- reference: ClickHouse docs (modern)
-- In outer joins a row failing its side's ON condition stays, unmatched (unlike WHERE).
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT a, b FROM l LEFT JOIN r ON l.k = r.k AND r.b = 'b2x' ORDER BY a, b;
SELECT a, b FROM l LEFT JOIN r ON l.k = r.k AND l.a != 'a3' ORDER BY a, b;
SELECT a, b FROM l RIGHT JOIN r ON l.k = r.k AND r.b != 'b3' ORDER BY b, a;
SELECT a, b FROM l FULL JOIN r ON l.k = r.k AND l.a = 'a2' AND r.b = 'b2' ORDER BY a, b;
SELECT a, b FROM l LEFT JOIN r ON l.k = r.k WHERE r.b = 'b2x' ORDER BY a, b;
