-- reference: ClickHouse 18.16
-- String and FixedString keys.
CREATE TABLE s1 (name String, v UInt8) ENGINE = Memory;
CREATE TABLE s2 (name String, w UInt8) ENGINE = Memory;
INSERT INTO s1 VALUES ('apple', 1), ('banana', 2), ('', 3), ('cherry', 4);
INSERT INTO s2 VALUES ('banana', 20), ('', 30), ('apple', 10), ('apple', 11);
SELECT name, v, w FROM s1 ALL INNER JOIN s2 USING name ORDER BY name, w;
SELECT name, v, w FROM s1 ALL LEFT JOIN s2 USING name ORDER BY name, w;
SELECT s1.name, w FROM s1 ALL INNER JOIN s2 ON upper(s1.name) = upper(s2.name) ORDER BY s1.name, w;
