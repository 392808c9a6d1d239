-- reference: ClickHouse docs (modern)
-- RIGHT and FULL JOIN USING: a right row without a match shows its own key.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT * FROM l RIGHT JOIN r USING k ORDER BY k, a, b;
SELECT * FROM l FULL JOIN r USING k ORDER BY k, a, b;
SELECT k, count() FROM l FULL JOIN r USING k GROUP BY k ORDER BY k;
