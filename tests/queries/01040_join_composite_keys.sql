-- reference: ClickHouse 18.16
-- Several equalities form a composite key.
CREATE TABLE m1 (a UInt8, b String, c UInt64, x String) ENGINE = Memory;
CREATE TABLE m2 (a UInt8, b String, c UInt64, y String) ENGINE = Memory;
INSERT INTO m1 VALUES (1, 'p', 10, 'x1'), (1, 'q', 10, 'x2'), (2, 'p', 20, 'x3'), (2, 'p', 21, 'x4');
INSERT INTO m2 VALUES (1, 'p', 10, 'y1'), (1, 'q', 11, 'y2'), (2, 'p', 20, 'y3'), (2, 'p', 20, 'y4');
SELECT x, y FROM m1 ALL INNER JOIN m2 ON m1.a = m2.a AND m1.b = m2.b AND m1.c = m2.c ORDER BY x, y;
SELECT x, y FROM m1 ALL LEFT JOIN m2 ON m1.a = m2.a AND m1.b = m2.b AND m1.c = m2.c ORDER BY x, y;
SELECT x, y FROM m1 ALL INNER JOIN m2 USING (a, b, c) ORDER BY x, y;
SELECT x, y FROM m1 ALL INNER JOIN m2 ON m1.a = m2.a AND m1.c = m2.c ORDER BY x, y;
