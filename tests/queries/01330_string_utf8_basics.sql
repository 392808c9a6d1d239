-- reference: ClickHouse 18.16
-- length/lengthUTF8, lowerUTF8/upperUTF8, substringUTF8 and reverseUTF8 on Cyrillic, accented and ASCII text.
SELECT length('привет'), lengthUTF8('привет'), lengthUTF8(''), lengthUTF8('abc'), lengthUTF8('日本語');
SELECT lowerUTF8('ПРИВЕТ Мир'), upperUTF8('привет мир'), lowerUTF8('ÀÉÎ'), upperUTF8('àéî abc');
SELECT substringUTF8('привет мир', 8, 3), substringUTF8('привет мир', 1, 6), substringUTF8('привет мир', 5, 2), substringUTF8('abc', 5, 1);
SELECT reverseUTF8('привет'), reverseUTF8('abc'), reverseUTF8(''), reverseUTF8('日本語');
SELECT s, lengthUTF8(s), upperUTF8(s), reverseUTF8(s) FROM (SELECT arrayJoin(['ёж', 'Über', 'naïve']) AS s) ORDER BY s;
