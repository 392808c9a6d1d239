CREATE TABLE t (a UInt8, s String, d Date) ENGINE = Memory;
INSERT INTO t VALUES (NULL, NULL, NULL), (1, 'x', '2024-03-01');
SELECT a, s, d FROM t ORDER BY a;
