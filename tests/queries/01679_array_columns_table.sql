-- reference: ClickHouse 18.16
CREATE TABLE t (k UInt8, a Array(Int32)) ENGINE = Memory;
INSERT INTO t VALUES (1, [3, 1, 2]), (2, []), (3, [5]);
SELECT k, arraySort(a), length(a), arraySum(a) FROM t ORDER BY k;
SELECT sumArray(a), groupArrayArray(a) FROM (SELECT a FROM t ORDER BY k);
DROP TABLE t;
