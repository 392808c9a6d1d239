CREATE TABLE t (id UInt32, v Nullable(Int32), s Nullable(String)) ENGINE = Memory;
INSERT INTO t VALUES (1, 10, 'a'), (2, NULL, 'b'), (3, 30, NULL), (4, NULL, NULL);
SELECT id, v, s FROM t ORDER BY id;
SELECT count(), count(v), count(s), sum(v), avg(v), min(v), max(v) FROM t;
SELECT id FROM t WHERE v IS NULL ORDER BY id;
SELECT id FROM t WHERE s IS NOT NULL ORDER BY id;
SELECT id, ifNull(v, -1), coalesce(s, 'none') FROM t ORDER BY id;
SELECT id FROM t WHERE v > 5 ORDER BY id;
SELECT toTypeName(v), toTypeName(s) FROM t LIMIT 1;
