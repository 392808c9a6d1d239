-- reference: ClickHouse docs (modern); 18.16 fails parts of this file (wrong right-key values, "Size of permutation", one JOIN per query, key type mismatch)
-- ON keys may be expressions of either side.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT a, b FROM l JOIN r ON l.k + 1 = r.k ORDER BY a, b;
SELECT a, b FROM l JOIN r ON l.k * 2 = r.k + 2 ORDER BY a, b;
SELECT a, b FROM l JOIN r ON substring(a, 2, 1) = substring(b, 2, 1) ORDER BY a, b;
SELECT a, b FROM l LEFT JOIN r ON toString(l.k) = toString(r.k) ORDER BY a, b;
