CREATE TABLE t ENGINE = Memory AS SELECT number AS n, toString(number) AS s FROM numbers(3);
SELECT n, s FROM t ORDER BY n;
SELECT name, type FROM system.columns WHERE database = currentDatabase() AND table = 't' ORDER BY position;
CREATE TABLE t2 (x UInt64, y String) ENGINE = Memory AS SELECT number * 2, 'v' FROM numbers(2);
SELECT x, y FROM t2 ORDER BY x;
