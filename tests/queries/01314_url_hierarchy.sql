-- reference: ClickHouse 18.16
-- URLHierarchy and URLPathHierarchy.
SELECT URLHierarchy('http://www.example.com/a/b/c?x=1&y=2#frag');
SELECT URLPathHierarchy('http://www.example.com/a/b/c?x=1&y=2#frag');
SELECT URLHierarchy('http://example.com'), URLHierarchy('http://example.com/'), URLHierarchy('mailto:someone@example.com'), URLHierarchy('');
SELECT URLPathHierarchy('http://example.com'), URLPathHierarchy('http://example.com//x///y'), URLPathHierarchy('not a url');
SELECT u, length(URLHierarchy(u)), URLPathHierarchy(u) FROM (SELECT arrayJoin(['http://a.com/1/2/3', 'https://b.org/x?y', 'ftp://c.net/']) AS u) ORDER BY u;
