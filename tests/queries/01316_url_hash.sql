-- reference: ClickHouse 18.16
-- URLHash(url) ignores one trailing '/', '?' or '#'; URLHash(url, N) hashes the URL up to its N-th hierarchy level.
SELECT URLHash('http://example.com/'), URLHash('http://example.com'), URLHash('http://example.com?'), URLHash('http://example.com#'), URLHash('');
SELECT URLHash('http://www.example.com/a/b/c?x=1', 0), URLHash('http://www.example.com/a/b/c?x=1', 1), URLHash('http://www.example.com/a/b/c?x=1', 2), URLHash('http://www.example.com/a/b/c?x=1', 9);
SELECT URLHash('http://www.example.com/a/') = URLHash('http://www.example.com/a/b/c', 1), URLHash('not a url', 0), URLHash('not a url', 1);
SELECT u, URLHash(u) FROM (SELECT arrayJoin(['http://a.com/x', 'http://b.com/y/']) AS u) ORDER BY u;
