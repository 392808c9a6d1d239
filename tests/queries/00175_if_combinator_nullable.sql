CREATE TABLE t (k UInt8, v Nullable(UInt32)) ENGINE = Memory;
INSERT INTO t VALUES (1, 10), (1, NULL), (2, 5), (2, 7), (3, NULL);
SELECT k, sum(v), count(v), sumIf(v, v > 6), avg(v) FROM t GROUP BY k ORDER BY k;
SELECT countIf(v IS NULL), countIf(isNotNull(v)) FROM t;
