-- reference: ClickHouse docs (modern) and tests/queries/0_stateless/00918_json_functions (JSONExtract family is not in 18.16).
SELECT JSONHas('{"a": "hello", "b": [-100, 200.0, 300]}', 'a'), JSONHas('{"a": "hello", "b": [-100, 200.0, 300]}', 'b'), JSONHas('{"a": "hello", "b": [-100, 200.0, 300]}', 'c');
SELECT JSONHas('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 3), JSONHas('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 4), JSONHas('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', -3), JSONHas('{"a": "hello", "b": [-100, 200.0, 300]}', 'b', 0);
SELECT JSONHas('{"a": {"b": {"c": 1}}}', 'a', 'b', 'c'), JSONHas('{"a": {"b": {"c": 1}}}', 'a', 'c'), JSONHas('not json', 'a'), JSONHas('{"a": 1}');
SELECT JSONLength('{"a": "hello", "b": [-100, 200.0, 300]}'), JSONLength('{"a": "hello", "b": [-100, 200.0, 300]}', 'b'), JSONLength('{}'), JSONLength('[]'), JSONLength('"abc"'), JSONLength('{"a": 1}', 'x');
SELECT JSONType('{"a": "hello", "b": [-100, 200.0, 300]}'), JSONType('{"a": "hello", "b": [-100, 200.0, 300]}', 'b'), JSONType('{"a": "hello", "b": [-100, 200.0, 300]}', 'a');
SELECT JSONType('[1, -1, 1.5, 18446744073709551615, true, null]', 1), JSONType('[1, -1, 1.5, 18446744073709551615, true, null]', 2), JSONType('[1, -1, 1.5, 18446744073709551615, true, null]', 3);
SELECT JSONType('[1, -1, 1.5, 18446744073709551615, true, null]', 4), JSONType('[1, -1, 1.5, 18446744073709551615, true, null]', 5), JSONType('[1, -1, 1.5, 18446744073709551615, true, null]', 6), JSONType('{}', 'missing');
SELECT toTypeName(JSONType('{}'));
SELECT JSONKey('{"a": "hello", "b": [-100, 200.0, 300]}', 1), JSONKey('{"a": "hello", "b": [-100, 200.0, 300]}', -1);
SELECT isValidJSON('{"a": "hello", "b": [-100, 200.0, 300]}'), isValidJSON('not a json'), isValidJSON('"HX-='), isValidJSON('[1, 2,]'), isValidJSON(' {"a" : [true, false, null]} '), isValidJSON('01');
