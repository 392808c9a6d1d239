-- reference: ClickHouse 18.16
-- -If and -Array combinators (and -ArrayIf) over table columns, grouped.
CREATE TABLE t (g String, x Int32, ok UInt8, arr Array(UInt32)) ENGINE = MergeTree ORDER BY g;
INSERT INTO t VALUES ('a', 1, 1, [1, 2]), ('a', 5, 0, [3]), ('b', -2, 1, []);
INSERT INTO t VALUES ('b', 7, 1, [4, 4, 5]), ('c', 0, 0, [6]);
SELECT g, sumIf(x, ok), countIf(ok), avgIf(x, x > 0), maxIf(x, ok = 0) FROM t GROUP BY g ORDER BY g;
SELECT g, sumArray(arr), countArray(arr), uniqExactArray(arr), maxArray(arr) FROM t GROUP BY g ORDER BY g;
SELECT g, groupArrayArray(arr) FROM (SELECT * FROM t ORDER BY g, x) GROUP BY g ORDER BY g SETTINGS max_threads = 1;
SELECT sumArrayIf(arr, ok), uniqExactIf(g, x > 0), minIf(x, g != 'a') FROM t;
SELECT g, sumIf(x, has(arr, 4)), anyIf(x, length(arr) = 0) FROM t GROUP BY g ORDER BY g;
SELECT uniqExactArrayIf(arr, g = 'b'), countIf(x > 0 AND ok) FROM t;
