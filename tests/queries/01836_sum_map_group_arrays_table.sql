-- reference: ClickHouse 18.16
-- sumMap and related array-pair aggregates over key/value array columns, per group and overall.
CREATE TABLE t (day Date, keys Array(UInt8), vals Array(UInt32)) ENGINE = MergeTree ORDER BY day;
INSERT INTO t VALUES ('2024-01-01', [1, 2], [10, 20]), ('2024-01-01', [2, 3], [5, 7]);
INSERT INTO t VALUES ('2024-01-02', [1], [100]), ('2024-01-02', [], []), ('2024-01-03', [3, 1], [1, 1]);
SELECT sumMap(keys, vals) FROM t;
SELECT day, sumMap(keys, vals) FROM t GROUP BY day ORDER BY day;
SELECT day, sumMap(keys, vals).1, sumMap(keys, vals).2 FROM t GROUP BY day ORDER BY day;
SELECT k, sum(v) FROM t ARRAY JOIN keys AS k, vals AS v GROUP BY k ORDER BY k;
SELECT day, length(groupArray(keys)), sum(length(keys)) FROM t GROUP BY day ORDER BY day;
SELECT day, sumMap(keys, vals) FROM t WHERE has(keys, 1) GROUP BY day ORDER BY day;
