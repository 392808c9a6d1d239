-- reference: ClickHouse 18.16
-- visitParam*: a plain search for "name": and a read of what follows (no whitespace skipping, first match wins).
SELECT visitParamHas('{"abc":"def"}', 'abc'), visitParamHas('{"abc":"def"}', 'ab'), visitParamHas('{"a": 1}', 'a'), visitParamHas('', 'a');
SELECT visitParamExtractUInt('{"a":123}', 'a'), visitParamExtractUInt('{"a":"456"}', 'a'), visitParamExtractUInt('{"a":-5}', 'a'), visitParamExtractUInt('{"a": 7}', 'a'), visitParamExtractUInt('{"a":12abc}', 'a');
SELECT visitParamExtractInt('{"a":-123}', 'a'), visitParamExtractInt('{"a":"-45"}', 'a'), visitParamExtractInt('{"a":+7}', 'a'), visitParamExtractInt('{"b":1}', 'a'), visitParamExtractInt('{"a":1.9}', 'a');
SELECT visitParamExtractFloat('{"a":1.5}', 'a'), visitParamExtractFloat('{"a":"-2.25"}', 'a'), visitParamExtractFloat('{"a":1e3}', 'a'), visitParamExtractFloat('{"a":x}', 'a'), visitParamExtractFloat('{"a":7}', 'a');
SELECT visitParamExtractBool('{"a":true}', 'a'), visitParamExtractBool('{"a":false}', 'a'), visitParamExtractBool('{"a":1}', 'a'), visitParamExtractBool('{"a":"true"}', 'a');
SELECT visitParamExtractRaw('{"abc":"\\n\\u0000"}', 'abc'), visitParamExtractRaw('{"abc":{"def":[1,2,3]}}', 'abc'), visitParamExtractRaw('{"a":[1,{"b":2}],"c":3}', 'a'), visitParamExtractRaw('{"a":12}', 'a'), visitParamExtractRaw('{"a":"x,y}"}', 'a');
SELECT visitParamExtractString('{"abc":"\\n\\u0000"}', 'abc'), visitParamExtractString('{"abc":"\\u263a"}', 'abc'), visitParamExtractString('{"abc":"\\u263"}', 'abc'), visitParamExtractString('{"abc":"hello}', 'abc'), visitParamExtractString('{"a":"q\\"uote"}', 'a'), visitParamExtractString('{"a":5}', 'a');
SELECT visitParamExtractString('{"a":{"b":"in"},"b":"out"}', 'b'), visitParamExtractUInt('{"x":{"a":1},"a":2}', 'a'), visitParamExtractRaw('{"a":"x\\\\"}', 'a');
SELECT p, visitParamExtractUInt(p, 'id'), visitParamExtractString(p, 'name') FROM (SELECT arrayJoin(['{"id":1,"name":"one"}', '{"id":2}', '{"name":"three","id":3}']) AS p) ORDER BY p;
