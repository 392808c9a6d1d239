-- reference: ClickHouse docs (modern): encodeURLComponent/encodeURLFormComponent keep only [A-Za-z0-9-_.~]; decoding restores the text. Not in 18.16.
SELECT encodeURLComponent(''), encodeURLComponent('abc-_.~XYZ09'), encodeURLComponent('a b'), encodeURLComponent('100%'), encodeURLComponent('ключ=значение');
SELECT encodeURLFormComponent('a b+c'), decodeURLFormComponent('a+b%2Bc'), decodeURLComponent('a+b%2Bc'), decodeURLFormComponent('%zz+');
SELECT s, decodeURLComponent(encodeURLComponent(s)) = s, decodeURLFormComponent(encodeURLFormComponent(s)) = s FROM (SELECT arrayJoin(['a b', 'x/y?z=1&w', 'ü+ß', '']) AS s) ORDER BY s;
