-- reference: ClickHouse 18.16
-- ARRAY JOIN of several arrays of a table at once (zipped), with aliases and arrayEnumerate.
CREATE TABLE t (id UInt32, keys Array(String), vals Array(UInt32)) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, ['a', 'b'], [10, 20]), (2, ['c'], [30]);
INSERT INTO t VALUES (3, [], []), (4, ['d', 'e', 'f'], [1, 2, 3]);
SELECT id, keys, vals FROM t ARRAY JOIN keys, vals ORDER BY id, keys;
SELECT id, k, v, num FROM t ARRAY JOIN keys AS k, vals AS v, arrayEnumerate(keys) AS num ORDER BY id, num;
SELECT id, k, v, keys FROM t ARRAY JOIN keys AS k, vals AS v ORDER BY id, k;
SELECT k, sum(v) FROM t ARRAY JOIN keys AS k, vals AS v GROUP BY k ORDER BY k;
SELECT id, count(), sum(v) FROM t ARRAY JOIN vals AS v WHERE v > 1 GROUP BY id ORDER BY id;
SELECT id, k, v * 2 FROM t ARRAY JOIN keys AS k, vals AS v WHERE id >= 2 ORDER BY id, k;
