-- reference: ClickHouse 18.16
-- path, pathFull, queryString, fragment, queryStringAndFragment.
SELECT path('http://www.example.com/a/b/c?x=1&y=2#frag'), pathFull('http://www.example.com/a/b/c?x=1&y=2#frag');
SELECT path('http://example.com'), path('http://example.com/'), path('//cdn.example.net/lib.js?v=3'), pathFull('http://example.com?a=1');
SELECT queryString('http://www.example.com/a/b/c?x=1&y=2#frag'), queryString('http://example.com/'), queryString('http://example.com/?'), queryString('http://e.com/p?a=1?b=2');
SELECT fragment('http://www.example.com/a/b/c?x=1&y=2#frag'), fragment('http://example.com/'), fragment('https://mail.google.com/mail/u/0/#inbox?x=1');
SELECT queryStringAndFragment('http://www.example.com/a/b/c?x=1&y=2#frag'), queryStringAndFragment('http://example.com/'), queryStringAndFragment('http://example.com/?#');
SELECT u, path(u), queryString(u), fragment(u) FROM (SELECT arrayJoin(['http://a.com/x/y?q=1#f', 'http://b.com/', 'http://c.com/z#only', 'http://d.com/w?only']) AS u) ORDER BY u;
