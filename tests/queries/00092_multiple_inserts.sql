CREATE TABLE t (k String, v Int64) ENGINE = Memory;
INSERT INTO t VALUES ('a', 1);
INSERT INTO t VALUES ('b', 2), ('a', 3);
INSERT INTO t SELECT 'c', number FROM numbers(3);
SELECT k, sum(v), count() FROM t GROUP BY k ORDER BY k;
SELECT count() FROM t;
