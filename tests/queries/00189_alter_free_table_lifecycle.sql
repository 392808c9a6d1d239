CREATE TABLE t (a UInt8) ENGINE = Memory;
INSERT INTO t VALUES (1);
DROP TABLE t;
CREATE TABLE t (a String, b UInt8) ENGINE = Memory;
INSERT INTO t VALUES ('x', 2);
SELECT * FROM t;
SELECT name, type FROM system.columns WHERE database = currentDatabase() AND table = 't' ORDER BY position;
