-- reference: ClickHouse docs (modern) (any_join_distinct_right_table_keys = 0: one row per key from both sides; 18.16 keeps every left row)
-- INNER ANY JOIN.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT l.k, a, b FROM l ANY INNER JOIN r ON l.k = r.k ORDER BY l.k;
SELECT k FROM l ANY INNER JOIN r USING k ORDER BY k;
CREATE TABLE l2 (k UInt32) ENGINE = Memory;
INSERT INTO l2 VALUES (2), (2), (3), (3), (3), (7);
SELECT k, b FROM l2 ANY INNER JOIN r USING k ORDER BY k;
SELECT count() FROM l2 ANY JOIN r ON l2.k = r.k;
