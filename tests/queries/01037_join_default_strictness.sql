-- reference: ClickHouse docs (modern) (join_default_strictness defaults to ALL; 18.16 needs ALL or ANY written)
-- A JOIN without ALL/ANY takes join_default_strictness.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT a, b FROM l JOIN r ON l.k = r.k ORDER BY a, b;
SELECT a, b FROM l LEFT JOIN r ON l.k = r.k ORDER BY a, b SETTINGS join_default_strictness = 'ANY';
SELECT a, b FROM l LEFT JOIN r ON l.k = r.k ORDER BY a, b SETTINGS join_default_strictness = 'ALL';
