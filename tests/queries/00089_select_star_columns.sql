CREATE TABLE t (a UInt8, ab String, b Float64, abc UInt8) ENGINE = Memory;
INSERT INTO t VALUES (1, 'x', 0.5, 9);
SELECT * FROM t;
SELECT COLUMNS('^a') FROM t;
SELECT COLUMNS('b') FROM t;
SELECT * EXCEPT (ab, b) FROM t;
SELECT t.* FROM t;
SELECT *, a + 1 FROM t;
