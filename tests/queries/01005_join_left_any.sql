-- reference: ClickHouse 18.16
-- LEFT ANY JOIN: each left row once, with the first matching right row.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT l.k, a, r.k, b FROM l ANY LEFT JOIN r ON l.k = r.k ORDER BY a;
SELECT a, b FROM l ANY LEFT JOIN r ON l.k = r.k ORDER BY a;
SELECT count() FROM l ANY LEFT JOIN r ON l.k = r.k;
