-- reference: ClickHouse 18.16
CREATE TABLE t (id UInt32, tags Array(String), vals Array(UInt8)) ENGINE = Memory;
INSERT INTO t VALUES (1, ['a', 'b'], [1, 2]), (2, [], []), (3, ['c'], [3]);
SELECT id, tag, val FROM t ARRAY JOIN tags AS tag, vals AS val ORDER BY id, tag;
SELECT id, tag FROM t LEFT ARRAY JOIN tags AS tag ORDER BY id, tag;
SELECT id, tags FROM t ARRAY JOIN tags ORDER BY id, tags;
DROP TABLE t;
