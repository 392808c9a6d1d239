CREATE TABLE t (v Nullable(Int64)) ENGINE = Memory;
INSERT INTO t VALUES (NULL), (NULL);
SELECT min(v), max(v), sum(v), avg(v), count(v), count() FROM t;
SELECT any(v), uniqExact(v) FROM t;
