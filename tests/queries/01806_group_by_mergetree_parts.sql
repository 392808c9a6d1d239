-- reference: ClickHouse 18.16
-- GROUP BY over a MergeTree table with several parts and partitions, before and after OPTIMIZE FINAL.
CREATE TABLE t (d Date, k UInt32, v Int64) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY k;
INSERT INTO t VALUES ('2024-01-05', 1, 10), ('2024-02-01', 2, 20);
INSERT INTO t VALUES ('2024-01-07', 2, -5), ('2024-02-03', 1, 7);
INSERT INTO t VALUES ('2024-03-01', 3, 1), ('2024-01-09', 1, 2);
SELECT k, sum(v), count(), min(d), max(d) FROM t GROUP BY k ORDER BY k;
SELECT toYYYYMM(d) AS m, sum(v), groupArray(k) FROM (SELECT * FROM t ORDER BY d) GROUP BY m ORDER BY m SETTINGS max_threads = 1;
SELECT k, toYYYYMM(d) AS m, sum(v) FROM t GROUP BY k, m ORDER BY k, m;
OPTIMIZE TABLE t FINAL;
SELECT k, sum(v), count(), min(d), max(d) FROM t GROUP BY k ORDER BY k;
SELECT count(), sum(v) FROM t WHERE d >= '2024-02-01';
SELECT k, argMax(v, d), argMin(v, d) FROM t GROUP BY k ORDER BY k;
