-- reference: ClickHouse docs (modern): multiSearchAny/FirstIndex/FirstPosition/AllPositions (byte search); 18.16 has none of them.
SELECT multiSearchAny('Hello World', ['World', 'x']), multiSearchAny('Hello World', ['x', 'y']), multiSearchAny('abc', ['']);
SELECT multiSearchFirstIndex('Hello World', ['World', 'Hello']), multiSearchFirstIndex('Hello World', ['x', 'o']), multiSearchFirstIndex('abc', ['x']);
SELECT multiSearchFirstPosition('Hello World', ['llo', 'Wor', 'ld']), multiSearchFirstPosition('Hello World', ['x', 'd']), multiSearchFirstPosition('abc', ['z']);
SELECT multiSearchAllPositions('Hello, World!', ['hello', '!', 'world']), multiSearchAllPositions('aaa', ['a', 'aa', 'b']), toTypeName(multiSearchAllPositions('a', ['a']));
SELECT s, multiSearchAny(s, ['cat', 'dog']), multiSearchFirstIndex(s, ['cat', 'dog']) FROM (SELECT arrayJoin(['hotdog', 'catalog', 'bird']) AS s) ORDER BY s;
