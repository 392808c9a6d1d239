-- reference: ClickHouse 18.16
-- LEFT ARRAY JOIN keeps rows whose arrays are empty (with default elements); plain ARRAY JOIN drops them.
CREATE TABLE t (id UInt32, tags Array(String), scores Array(Int32)) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, ['x', 'y'], [5, -1]), (2, [], []);
INSERT INTO t VALUES (3, ['z'], [7]), (4, [], []);
SELECT id, tag FROM t ARRAY JOIN tags AS tag ORDER BY id, tag;
SELECT id, tag FROM t LEFT ARRAY JOIN tags AS tag ORDER BY id, tag;
SELECT id, tag, score FROM t LEFT ARRAY JOIN tags AS tag, scores AS score ORDER BY id, tag;
SELECT id, count() FROM t LEFT ARRAY JOIN tags AS tag GROUP BY id ORDER BY id;
SELECT id, sum(score) FROM t LEFT ARRAY JOIN scores AS score GROUP BY id ORDER BY id;
SELECT tag = '' AS empty, count() FROM t LEFT ARRAY JOIN tags AS tag GROUP BY empty ORDER BY empty;
SELECT id, tag FROM (SELECT id, tags FROM t WHERE id > 1) LEFT ARRAY JOIN tags AS tag ORDER BY id, tag;
