-- reference: ClickHouse docs (modern) (RIGHT ANY: each right row once; 18.16 fails RIGHT JOIN)
-- RIGHT ANY JOIN mirrors LEFT ANY JOIN.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT a, r.k, b FROM l ANY RIGHT JOIN r ON l.k = r.k ORDER BY b;
SELECT count() FROM l ANY RIGHT JOIN r ON l.k = r.k;
SELECT b, a FROM r ANY LEFT JOIN l ON l.k = r.k ORDER BY b;
