-- reference: ClickHouse docs (modern): JSON paths mix keys and 1-based indexes (negative from the end; an index also picks object members). Not in 18.16.
SELECT JSONExtractInt('{"a": {"b": [10, 20, {"c": 30}]}}', 'a', 'b', 3, 'c'), JSONExtractInt('{"a": {"b": [10, 20, {"c": 30}]}}', 'a', 'b', -3), JSONExtractInt('{"a": {"b": [10, 20]}}', 'a', 'b', 5);
SELECT JSONExtractString('{"x": "first", "y": "second"}', 2), JSONExtractString('{"x": "first", "y": "second"}', -2), JSONKey('{"x": 1, "y": 2}', 2);
SELECT JSONHas('[[1, 2], [3]]', 1, 2), JSONHas('[[1, 2], [3]]', 2, 2), JSONLength('[[1, 2], [3]]', 1), JSONType('[[1, 2], [3]]', -1);
SELECT JSONExtractRaw('{"a": {"b": {"c": {"d": "deep"}}}}', 'a', 'b'), JSONExtractString('{"a": {"b": {"c": {"d": "deep"}}}}', 'a', 'b', 'c', 'd');
SELECT JSONExtractString('{"a": "one", "a": "two"}', 'a'), JSONExtractInt('{"k": 1}', 'K'), JSONExtractInt('{"": 5}', '');
SELECT JSONExtractUInt('[1, 2, 3]', idx) FROM (SELECT arrayJoin([1, -1, 0, 4]) AS idx) ORDER BY idx;
