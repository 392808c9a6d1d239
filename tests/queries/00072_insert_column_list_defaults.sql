CREATE TABLE t (id UInt32, name String DEFAULT 'none', score Float64 DEFAULT id * 1.5, flag UInt8) ENGINE = Memory;
INSERT INTO t (id) VALUES (1);
INSERT INTO t (id, name) VALUES (2, 'b');
INSERT INTO t (name, id, flag) VALUES ('c', 3, 1);
INSERT INTO t (score, id) VALUES (0.25, 4);
SELECT id, name, score, flag FROM t ORDER BY id;
