-- reference: ClickHouse 18.16
-- cutWWW, cutQueryString, cutFragment, cutQueryStringAndFragment, cutURLParameter (one name).
SELECT cutWWW('http://www.example.com/path?query=value#fragment'), cutWWW('https://user@www.example.com/'), cutWWW('http://example.com/www.x'), cutWWW('www.example.com');
SELECT cutQueryString('http://www.example.com/a?x=1&y=2#frag'), cutQueryString('http://example.com/'), cutQueryString('http://example.com/?');
SELECT cutFragment('http://www.example.com/a?x=1#frag'), cutFragment('http://example.com/#'), cutFragment('http://example.com/');
SELECT cutQueryStringAndFragment('http://www.example.com/a?x=1&y=2#frag'), cutQueryStringAndFragment('http://example.com/a?b');
SELECT cutURLParameter('http://bigmir.net/?a=b&c=d&e=f#g', 'a'), cutURLParameter('http://bigmir.net/?a=b&c=d&e=f#g', 'c'), cutURLParameter('http://bigmir.net/?a=b&c=d&e=f#g', 'e');
SELECT cutURLParameter('http://bigmir.net/?a=b&c=d&e=f#g', 'x'), cutURLParameter('http://e.com/#a=1&b=2', 'b');
SELECT u, cutWWW(u), cutQueryStringAndFragment(u) FROM (SELECT arrayJoin(['http://www.a.com/x?y#z', 'https://b.com/', 'http://www.c.org']) AS u) ORDER BY u;
