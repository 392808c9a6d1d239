CREATE TABLE t (id UInt32, name String DEFAULT concat('id', toString(id)), d Date DEFAULT toDate('2024-01-01') + id, len UInt64 DEFAULT length(name)) ENGINE = Memory;
INSERT INTO t (id) VALUES (1), (2);
INSERT INTO t (id, name) VALUES (3, 'custom');
SELECT id, name, d, len FROM t ORDER BY id;
