-- reference: ClickHouse 18.16
-- position, positionCaseInsensitive, positionUTF8, positionCaseInsensitiveUTF8: 1-based, bytes or code points.
SELECT position('привет мир', 'мир'), positionUTF8('привет мир', 'мир'), positionUTF8('abc', ''), positionUTF8('ab', 'x');
SELECT positionCaseInsensitive('Hello World', 'WORLD'), positionCaseInsensitive('abc', 'B'), positionCaseInsensitive('abc', 'd');
SELECT positionCaseInsensitiveUTF8('ПРИВЕТ мир', 'привет'), positionCaseInsensitiveUTF8('ПРИВЕТ мир', 'МИР'), positionCaseInsensitiveUTF8('ÀÉÎ', 'éî'), positionCaseInsensitiveUTF8('abc', 'z');
SELECT s, positionUTF8(s, 'б'), positionCaseInsensitiveUTF8(s, 'Б') FROM (SELECT arrayJoin(['абв', 'ББ', 'xб']) AS s) ORDER BY s;
