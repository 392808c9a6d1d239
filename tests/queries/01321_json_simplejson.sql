-- reference: ClickHouse docs (modern): simpleJSON* are the modern names of visitParam* (the same search-and-read
-- semantics, so the values are those of 18.16's visitParam* for the same calls).
SELECT simpleJSONHas('{"foo":"true","qux":1}', 'foo'), simpleJSONHas('{"foo":"true","qux":1}', 'bar');
SELECT simpleJSONExtractUInt('{"foo":"4e3"}', 'foo'), simpleJSONExtractUInt('{"foo":3.4}', 'foo'), simpleJSONExtractUInt('{"foo":5}', 'foo'), simpleJSONExtractUInt('{"foo":-4e3}', 'foo');
SELECT simpleJSONExtractInt('{"foo":-4e3}', 'foo'), simpleJSONExtractInt('{"foo":-3.4}', 'foo'), simpleJSONExtractInt('{"foo":"-5"}', 'foo'), simpleJSONExtractInt('{"foo":"x"}', 'foo');
SELECT simpleJSONExtractFloat('{"foo":-4e3}', 'foo'), simpleJSONExtractFloat('{"foo":-3.4}', 'foo'), simpleJSONExtractFloat('{"foo":5}', 'foo'), simpleJSONExtractFloat('{"foo":"ok"}', 'foo');
SELECT simpleJSONExtractBool('{"foo":false}', 'foo'), simpleJSONExtractBool('{"foo":true}', 'foo'), simpleJSONExtractBool('{"foo":"true"}', 'foo');
SELECT simpleJSONExtractRaw('{"foo":"-4e3"}', 'foo'), simpleJSONExtractRaw('{"foo":{"def":[1,2,3]}}', 'foo'), simpleJSONExtractRaw('{"foo":-3.4}', 'foo');
SELECT simpleJSONExtractString('{"foo":"\\n\\u0000"}', 'foo'), simpleJSONExtractString('{"foo":"\\u263a"}', 'foo'), simpleJSONExtractString('{"foo":"\\u263"}', 'foo'), simpleJSONExtractString('{"foo":"hello}', 'foo');
SELECT visitParamHas('{"a":1}', 'a') = simpleJSONHas('{"a":1}', 'a'), visitParamExtractRaw('{"a":[1]}', 'a') = simpleJSONExtractRaw('{"a":[1]}', 'a');
