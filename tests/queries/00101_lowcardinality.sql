CREATE TABLE t (s LowCardinality(String), n LowCardinality(Nullable(String))) ENGINE = Memory;
INSERT INTO t VALUES ('a', 'x'), ('b', NULL), ('a', 'y'), ('c', 'x');
SELECT s, n FROM t ORDER BY s, n;
SELECT s, count() FROM t GROUP BY s ORDER BY s;
SELECT toTypeName(s), toTypeName(n) FROM t LIMIT 1;
SELECT s FROM t WHERE s = 'a' ORDER BY n;
SELECT toTypeName(toLowCardinality('a')), length(s) FROM t WHERE s = 'c';
