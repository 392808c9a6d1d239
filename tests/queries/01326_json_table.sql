-- reference: ClickHouse docs (modern): JSON functions over a table of event documents (not in 18.16).
CREATE TABLE events (id UInt32, doc String) ENGINE = Memory;
INSERT INTO events VALUES (1, '{"user": {"name": "ann", "age": 31}, "tags": ["a", "b"], "score": 1.5}'), (2, '{"user": {"name": "bob"}, "tags": [], "score": 7}'), (3, 'broken {'), (4, '{"user": {"name": "cy", "age": 25}, "tags": ["c"], "score": -2}');
SELECT id, JSONExtractString(doc, 'user', 'name'), JSONExtractUInt(doc, 'user', 'age'), JSONLength(doc, 'tags'), JSONExtractFloat(doc, 'score') FROM events ORDER BY id;
SELECT id, JSONHas(doc, 'user', 'age'), JSONType(doc, 'score'), isValidJSON(doc) FROM events ORDER BY id;
SELECT JSONExtractString(doc, 'user', 'name') AS name, JSONExtract(doc, 'tags', 'Array(String)') FROM events WHERE isValidJSON(doc) ORDER BY name;
SELECT sum(JSONExtractUInt(doc, 'user', 'age')), countIf(JSONHas(doc, 'tags', 1)) FROM events;
SELECT id, simpleJSONExtractString(doc, 'name') FROM events ORDER BY id;
DROP TABLE events;
