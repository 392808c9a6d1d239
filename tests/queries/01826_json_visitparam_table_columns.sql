-- reference: ClickHouse 18.16
-- visitParam* (simpleJSON*) functions over a column of JSON documents, filtered and aggregated.
CREATE TABLE logs (id UInt32, doc String) ENGINE = MergeTree ORDER BY id;
INSERT INTO logs VALUES (1, '{"user":"ann","ms":120,"ok":true,"score":1.5}'), (2, '{"user":"bob","ms":30,"ok":false}');
INSERT INTO logs VALUES (3, '{"user":"ann","ms":75,"ok":true,"score":-2}'), (4, '{"ms":5}');
SELECT id, visitParamExtractString(doc, 'user'), visitParamExtractUInt(doc, 'ms'), visitParamExtractBool(doc, 'ok'), visitParamExtractFloat(doc, 'score') FROM logs ORDER BY id;
SELECT id, visitParamHas(doc, 'score'), visitParamExtractRaw(doc, 'ok'), visitParamExtractInt(doc, 'score') FROM logs ORDER BY id;
SELECT visitParamExtractString(doc, 'user') AS u, count(), sum(visitParamExtractUInt(doc, 'ms')) FROM logs GROUP BY u ORDER BY u;
SELECT id FROM logs WHERE visitParamExtractBool(doc, 'ok') = 1 ORDER BY id;
SELECT max(visitParamExtractUInt(doc, 'ms')), avg(visitParamExtractFloat(doc, 'score')) FROM logs WHERE visitParamHas(doc, 'score');
SELECT id, visitParamExtractRaw(doc, 'user') FROM logs ORDER BY id;
