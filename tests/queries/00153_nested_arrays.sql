SELECT [[1, 2], [3]], [[]], [['a'], ['b', 'c']], toTypeName([[['x']]]);
SELECT arrayFlatten([[1, 2], [3]]), length([[1, 2], [3]]), [[1, 2], [3]][1][2];
CREATE TABLE t (m Array(Array(UInt8))) ENGINE = Memory;
INSERT INTO t VALUES ([[1], [2, 3]]), ([]);
SELECT m, length(m) FROM t ORDER BY length(m);
