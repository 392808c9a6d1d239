CREATE TABLE t (a Nullable(Int32), b Nullable(Int32)) ENGINE = Memory;
INSERT INTO t VALUES (1, NULL), (NULL, 2), (NULL, NULL), (3, 4);
SELECT a, b, coalesce(a, b, 0), ifNull(a, b), a + b FROM t ORDER BY a, b;
SELECT count(), count(a), count(b), countIf(a IS NULL AND b IS NULL) FROM t;
SELECT sum(a) + sum(b), max(coalesce(a, b)) FROM t;
