CREATE TABLE t (k Nullable(String), v UInt32) ENGINE = Memory;
INSERT INTO t VALUES ('a', 1), (NULL, 2), ('b', 3), (NULL, 4), ('a', 5);
SELECT k, sum(v), count() FROM t GROUP BY k ORDER BY k;
SELECT k, sum(v) FROM t GROUP BY k ORDER BY k NULLS FIRST;
SELECT count(DISTINCT k), uniqExact(k) FROM t;
