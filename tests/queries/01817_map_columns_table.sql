-- reference: ClickHouse docs (modern); the Map type is not in 18.16
-- Map columns in a MergeTree table: element access, keys/values, mapContains, grouping by map elements, ARRAY JOIN of keys.
CREATE TABLE t (id UInt32, attrs Map(String, UInt32)) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, {'color': 1, 'size': 10}), (2, {'color': 2});
INSERT INTO t VALUES (3, {}), (4, {'size': 30, 'weight': 7});
SELECT id, attrs FROM t ORDER BY id;
SELECT id, attrs['color'], attrs['size'], attrs['missing'] FROM t ORDER BY id;
SELECT id, mapKeys(attrs), mapValues(attrs), length(attrs) FROM t ORDER BY id;
SELECT id FROM t WHERE mapContains(attrs, 'size') ORDER BY id;
SELECT attrs['color'] AS c, count() FROM t GROUP BY c ORDER BY c;
SELECT k, count(), sum(attrs[k]) FROM t ARRAY JOIN mapKeys(attrs) AS k GROUP BY k ORDER BY k;
SELECT sum(attrs['size']), max(attrs['weight']) FROM t;
SELECT id, attrs.keys, attrs.values FROM t ORDER BY id;
SELECT toTypeName(attrs), toTypeName(attrs['color']) FROM t LIMIT 1;
