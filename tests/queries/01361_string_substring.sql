-- reference: ClickHouse 18.16
-- substring by bytes with positive and negative offsets and lengths.
SELECT substring('Hello, World', 1, 5), substring('Hello, World', 8), substring('Hello, World', -5), substring('Hello, World', -5, 2), substring('abc', 0);
SELECT substring('abc', 4), substring('abc', 10, 2), substring('', 1, 1), substring('abc', 2, 0), substr('abcdef', 3, 2), mid('abcdef', 2, 3);
SELECT s, substring(s, 2, 3) FROM (SELECT arrayJoin(['abcdef', 'xy', '']) AS s) ORDER BY s;
