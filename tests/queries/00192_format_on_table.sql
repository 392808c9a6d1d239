CREATE TABLE t (id UInt8, name String, score Nullable(Float64)) ENGINE = Memory;
INSERT INTO t VALUES (1, 'a', 0.5), (2, 'b\tc', NULL);
SELECT * FROM t ORDER BY id FORMAT TabSeparatedWithNames;
SELECT * FROM t ORDER BY id FORMAT CSV;
SELECT id, score FROM t ORDER BY id FORMAT JSONEachRow;
