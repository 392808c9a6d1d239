-- reference: ClickHouse docs (modern)
-- SELECT * with USING shows the key once, in the left table's place.
CREATE TABLE a1 (x String, id UInt8, y String) ENGINE = Memory;
CREATE TABLE a2 (z String, id UInt8) ENGINE = Memory;
INSERT INTO a1 VALUES ('x1', 1, 'y1'), ('x2', 2, 'y2');
INSERT INTO a2 VALUES ('z1', 1), ('z3', 3);
SELECT * FROM a1 JOIN a2 USING id ORDER BY id;
SELECT * FROM a1 FULL JOIN a2 USING id ORDER BY id;
SELECT * FROM a1 AS t JOIN a2 AS u ON t.id = u.id ORDER BY t.id;
