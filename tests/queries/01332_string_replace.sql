-- reference: ClickHouse 18.16
-- replaceOne, replaceAll (alias replace), replaceRegexpOne, replaceRegexpAll with \N substitutions.
SELECT replaceOne('aaa', 'a', 'b'), replaceAll('aaa', 'a', 'b'), replace('abcabc', 'bc', 'X'), replaceAll('abc', 'z', 'y'), replaceOne('', 'a', 'b');
SELECT replaceRegexpOne('Hello, World!', 'o', '0'), replaceRegexpAll('Hello, World!', 'o', '0'), replaceRegexpOne('2024-01-15', '(\\d+)-(\\d+)-(\\d+)', '\\3.\\2.\\1');
SELECT replaceRegexpAll('abc123def456', '[0-9]+', '#'), replaceRegexpAll('aaa', 'a', '\\0\\0'), replaceRegexpOne('abc', '^', 'x');
SELECT s, replaceAll(s, ' ', '_'), replaceRegexpAll(s, '[aeiou]', '') FROM (SELECT arrayJoin(['a b c', 'hello world', 'x']) AS s) ORDER BY s;
