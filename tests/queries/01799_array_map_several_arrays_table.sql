-- reference: ClickHouse 18.16
-- Lambdas over several array columns: arrayMap, arrayFilter, arrayExists, arrayAll, arraySum with two arrays.
CREATE TABLE t (id UInt32, a Array(Int32), b Array(Int32), w Array(String)) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, [1, 2, 3], [10, 20, 30], ['p', 'q', 'r']), (2, [5], [-5], ['s']);
INSERT INTO t VALUES (3, [], [], []), (4, [4, 0], [1, 8], ['t', 'u']);
SELECT id, arrayMap((x, y) -> x + y, a, b) FROM t ORDER BY id;
SELECT id, arrayMap((x, y, s) -> concat(s, toString(x * y)), a, b, w) FROM t ORDER BY id;
SELECT id, arrayFilter((s, x) -> x > 1, w, a) FROM t ORDER BY id;
SELECT id, arrayExists((x, y) -> x > y, a, b), arrayAll((x, y) -> x < y, a, b) FROM t ORDER BY id;
SELECT id, arraySum((x, y) -> x * y, a, b) FROM t ORDER BY id;
SELECT id, arrayCount((x, y) -> x + y > 5, a, b) FROM t ORDER BY id;
SELECT id, arrayMap(x -> x * id, a) FROM t ORDER BY id;
SELECT id, arraySort((s, x) -> -x, w, a) FROM t ORDER BY id;
