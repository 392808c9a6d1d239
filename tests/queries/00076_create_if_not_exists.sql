CREATE TABLE t (a UInt8) ENGINE = Memory;
CREATE TABLE IF NOT EXISTS t (b String) ENGINE = Memory;
INSERT INTO t VALUES (1);
SELECT * FROM t;
CREATE TABLE t (a UInt8) ENGINE = Memory; -- { serverError TABLE_ALREADY_EXISTS }
SELECT name FROM system.columns WHERE database = currentDatabase() AND table = 't';
