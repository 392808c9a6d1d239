CREATE TABLE a (x UInt8) ENGINE = Memory;
INSERT INTO a VALUES (7);
RENAME TABLE a TO b;
EXISTS TABLE a;
SELECT x FROM b;
SELECT * FROM a; -- { serverError UNKNOWN_TABLE }
CREATE TABLE c (x UInt8) ENGINE = Memory;
RENAME TABLE b TO c; -- { serverError TABLE_ALREADY_EXISTS }
SELECT name FROM system.tables WHERE database = currentDatabase() ORDER BY name;
