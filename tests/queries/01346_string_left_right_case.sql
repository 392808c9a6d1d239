-- reference: ClickHouse docs (modern): left/right(UTF8), initcap(UTF8), locate (MySQL order since 24.3), ascii, char (not in 18.16).
SELECT left('Hello', 3), right('Hello', 3), left('Hello', -1), right('Hello', -1), left('Hi', 5), right('', 2);
SELECT leftUTF8('Привет', 3), rightUTF8('Привет', 3), leftUTF8('Привет', -2), rightUTF8('Привет', -2);
SELECT initcap('hello world-foo bar'), initcapUTF8('привет мир hello-world'), initcapUTF8('ÉCOLE élève');
SELECT locate('b', 'abcb'), locate('b', 'abcb', 3), locate('z', 'abc'), locate('', 'abc'), LOCATE('c', 'abc');
SELECT ascii('A'), ascii('abc'), ascii(''), char(72, 105), char(0xD0, 0x9F), length(char(0));
