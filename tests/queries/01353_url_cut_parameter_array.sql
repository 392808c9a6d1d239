-- reference: src/Functions/URL/cutURLParameter.cpp of ClickHouse: several names at once, the '&' before or after the cut (array form not in 18.16).
SELECT cutURLParameter('http://bigmir.net/?a=b&c=d&e=f#g', ['a', 'e']), cutURLParameter('http://e.com/?x=1&y=2&z=3', ['y']), cutURLParameter('http://e.com/?x=1', ['x']);
SELECT cutURLParameter('http://e.com/?x=1&y=2', ['q', 'r']), cutURLParameter('http://e.com/path', ['x']), cutURLParameter('http://e.com/?aa=1&a=2', 'a'), cutURLParameter('http://e.com/#a=1&b=2', ['a']);
SELECT u, cutURLParameter(u, ['utm_source', 'utm_medium']) FROM (SELECT arrayJoin(['http://s.com/?utm_source=x&id=1', 'http://s.com/?id=2&utm_medium=y', 'http://s.com/?id=3']) AS u) ORDER BY u;
