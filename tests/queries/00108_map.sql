SELECT map('a', 1, 'b', 2), toTypeName(map('a', 1, 'b', 2));
SELECT map('a', 1, 'b', 2)['b'], map('a', 1)['zz'], mapKeys(map('a', 1, 'b', 2)), mapValues(map('a', 1, 'b', 2));
CREATE TABLE t (id UInt8, m Map(String, UInt64)) ENGINE = Memory;
INSERT INTO t VALUES (1, {'x': 1, 'y': 2}), (2, {}), (3, {'x': 30});
SELECT id, m FROM t ORDER BY id;
SELECT id, m['x'], mapContains(m, 'y'), length(m) FROM t ORDER BY id;
SELECT toTypeName(m) FROM t LIMIT 1;
