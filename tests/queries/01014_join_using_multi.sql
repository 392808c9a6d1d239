-- reference: ClickHouse docs (modern)
-- USING several columns, with and without parentheses.
CREATE TABLE x (id UInt32, d Date, v String) ENGINE = Memory;
CREATE TABLE y (d Date, id UInt32, w String) ENGINE = Memory;
INSERT INTO x VALUES (1, '2024-01-01', 'x1'), (1, '2024-01-02', 'x2'), (2, '2024-01-01', 'x3');
INSERT INTO y VALUES ('2024-01-01', 1, 'y1'), ('2024-01-02', 2, 'y2'), ('2024-01-01', 2, 'y3');
SELECT * FROM x JOIN y USING (id, d) ORDER BY id, d;
SELECT id, d, v, w FROM x LEFT JOIN y USING id, d ORDER BY id, d;
SELECT id, d, v, w FROM x FULL JOIN y USING (d, id) ORDER BY id, d, v, w;
