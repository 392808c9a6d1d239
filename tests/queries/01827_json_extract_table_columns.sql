-- reference: ClickHouse docs (modern); JSONExtract* and JSONHas are not in 18.16
-- JSONExtract* over a column of documents: typed extraction, nested paths, arrays, grouping by an extracted key.
CREATE TABLE ev (id UInt32, j String) ENGINE = MergeTree ORDER BY id;
INSERT INTO ev VALUES (1, '{"type":"click","pos":{"x":10,"y":20},"tags":["a","b"],"w":1.5}'), (2, '{"type":"view","pos":{"x":-3,"y":4},"tags":[]}');
INSERT INTO ev VALUES (3, '{"type":"click","pos":{"x":7},"tags":["c"],"w":2}'), (4, 'not json');
SELECT id, JSONExtractString(j, 'type'), JSONExtractInt(j, 'pos', 'x'), JSONExtractInt(j, 'pos', 'y'), JSONExtractFloat(j, 'w') FROM ev ORDER BY id;
SELECT id, JSONHas(j, 'w'), JSONHas(j, 'pos', 'y'), JSONLength(j, 'tags'), JSONType(j, 'pos') FROM ev ORDER BY id;
SELECT id, JSONExtract(j, 'tags', 'Array(String)'), JSONExtractRaw(j, 'pos') FROM ev ORDER BY id;
SELECT JSONExtractString(j, 'type') AS t, count(), sum(JSONExtractInt(j, 'pos', 'x')) FROM ev GROUP BY t ORDER BY t;
SELECT id, tag FROM ev ARRAY JOIN JSONExtract(j, 'tags', 'Array(String)') AS tag ORDER BY id, tag;
SELECT id, JSONExtractKeys(j) FROM ev WHERE isValidJSON(j) ORDER BY id;
SELECT id FROM ev WHERE JSONExtractInt(j, 'pos', 'x') > 0 ORDER BY id;
