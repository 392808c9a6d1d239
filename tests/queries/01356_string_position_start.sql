-- reference: ClickHouse docs (modern): position/positionUTF8/positionCaseInsensitive(UTF8) with a start position (18.16 takes two arguments only).
SELECT position('abcabc', 'b', 1), position('abcabc', 'b', 3), position('abcabc', 'b', 6), position('abc', '', 2);
SELECT positionUTF8('абвабв', 'б', 3), positionUTF8('абвабв', 'б', 6), positionCaseInsensitive('ABCabc', 'b', 3), positionCaseInsensitiveUTF8('АБВабв', 'б', 3);
SELECT n, position('a-b-c-d', '-', n) FROM (SELECT arrayJoin([1, 2, 3, 5, 7]) AS n) ORDER BY n;
