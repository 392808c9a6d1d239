-- reference: ClickHouse docs (modern) and tests/queries/0_stateless/00918_json_functions (not in 18.16).
SELECT JSONExtractInt('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 1), JSONExtractFloat('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 2), JSONExtractUInt('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', -1);
SELECT JSONExtractInt('{"a": -5}', 'a'), JSONExtractUInt('{"a": -5}', 'a'), JSONExtractInt('{"a": 18446744073709551615}', 'a'), JSONExtractUInt('{"a": 18446744073709551615}', 'a');
SELECT JSONExtractInt('{"a": true}', 'a'), JSONExtractFloat('{"a": 1e300}', 'a'), JSONExtractInt('{"a": 2}', 'missing');
SELECT JSONExtractBool('{"passed": true}', 'passed'), JSONExtractBool('{"passed": false}', 'passed'), JSONExtractBool('"HX-='), JSONExtractBool('{"passed": true}', 'x');
SELECT JSONExtractString('{"a": "hello", "b": [-100, 200.0, 300]}', 'a'), JSONExtractString('{"a": "hello", "b": [-100, 200.0, 300]}', 1), JSONExtractString('{"a": "hello", "b": [-100, 200.0, 300]}', 'b');
SELECT JSONExtractString('{"abc":"\\n\\u0000"}', 'abc'), JSONExtractString('{"abc":"\\u263a"}', 'abc'), JSONExtractString('{"abc":"\\u263"}', 'abc'), JSONExtractString('{"abc":"hello}', 'abc');
SELECT JSONExtractString('{"k\\"ey": "v"}', 'k"ey'), JSONExtractString('{"a": {"b": ["x", "y"]}}', 'a', 'b', 2), JSONExtractString('{"a": "\\ud83d\\ude00"}', 'a');
SELECT toTypeName(JSONExtractInt('{}')), toTypeName(JSONExtractUInt('{}')), toTypeName(JSONExtractFloat('{}')), toTypeName(JSONExtractBool('{}')), toTypeName(JSONExtractString('{}'));
SELECT JSONExtractString('["a", "b", "c", "d", "e"]', idx) FROM (SELECT arrayJoin([1, 2, 3, 4, 5]) AS idx) ORDER BY idx;
SELECT JSONExtractString(json, 's') FROM (SELECT arrayJoin(['{"s":"u"}', '{"s":"v"}']) AS json) ORDER BY json;
