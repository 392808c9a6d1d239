CREATE TABLE IF NOT EXISTS t1 (a UInt8) ENGINE = Memory();
CREATE TABLE t2 (a UInt8, b String DEFAULT 'z') ENGINE = Memory COMMENT 'table comment';
CREATE TABLE t3 AS t2 ENGINE = Memory;
INSERT INTO t1 VALUES (1);
INSERT INTO t3 (a) VALUES (2);
SELECT a FROM t1;
SELECT a, b FROM t3;
SELECT name, engine FROM system.tables WHERE database = currentDatabase() ORDER BY name;
SELECT comment FROM system.tables WHERE database = currentDatabase() AND name = 't2';
