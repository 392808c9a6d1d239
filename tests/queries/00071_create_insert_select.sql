CREATE TABLE t (id UInt32, name String) ENGINE = Memory;
INSERT INTO t VALUES (1, 'one'), (2, 'two'), (3, 'three');
SELECT * FROM t ORDER BY id;
SELECT count() FROM t;
SELECT name FROM t WHERE id = 2;
