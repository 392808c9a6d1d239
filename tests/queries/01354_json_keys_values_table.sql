-- reference: ClickHouse docs (modern): turning JSON objects into rows with JSONExtractKeysAndValues and ARRAY JOIN. Not in 18.16.
CREATE TABLE metrics (host String, doc String) ENGINE = Memory;
INSERT INTO metrics VALUES ('a', '{"cpu": 0.5, "mem": 0.25}'), ('b', '{"cpu": 0.75, "disk": 0.125}'), ('c', '{}');
SELECT host, kv.1 AS k, kv.2 AS v FROM metrics ARRAY JOIN JSONExtractKeysAndValues(doc, 'Float64') AS kv ORDER BY host, k;
SELECT k, count() FROM metrics ARRAY JOIN JSONExtractKeys(doc) AS k GROUP BY k ORDER BY k;
SELECT host, JSONExtractKeysAndValuesRaw(doc), JSONLength(doc) FROM metrics ORDER BY host;
DROP TABLE metrics;
