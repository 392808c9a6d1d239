-- reference: ClickHouse docs (modern) (18.16 also returns the right key column in SELECT * with USING)
-- JOIN ... USING: the key is one column.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT * FROM l JOIN r USING k ORDER BY a, b;
SELECT * FROM l JOIN r USING (k) ORDER BY a, b;
SELECT k, a, b FROM l LEFT JOIN r USING k ORDER BY a, b;
SELECT count() FROM l INNER JOIN r USING (k);
