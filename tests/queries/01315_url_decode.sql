-- reference: ClickHouse 18.16
-- decodeURLComponent: complete %XY sequences decode, anything else stays; '+' stays.
SELECT decodeURLComponent('http://example.com/%D0%BF%D1%80%D0%B8?q=a%20b+c');
SELECT decodeURLComponent('%41%42%43'), decodeURLComponent('%4'), decodeURLComponent('%'), decodeURLComponent('%%41'), decodeURLComponent('%zz%41'), decodeURLComponent('100%');
SELECT decodeURLComponent(''), decodeURLComponent('plain'), decodeURLComponent('a%2Fb%2fc');
SELECT s, decodeURLComponent(s) FROM (SELECT arrayJoin(['%3D', '%26x', 'a+b']) AS s) ORDER BY s;
