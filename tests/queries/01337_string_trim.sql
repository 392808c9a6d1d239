-- reference: ClickHouse docs (modern): trimLeft/trimRight/trimBoth with optional characters (aliases ltrim, rtrim, trim)
-- and the SQL TRIM(BOTH|LEADING|TRAILING chars FROM s) syntax; 18.16 lacks them.
SELECT trim('  a b  '), trimBoth('  a b  '), trimLeft('  a b  '), trimRight('  a b  '), ltrim('  x'), rtrim('x  ');
SELECT concat('[', trim(BOTH 'x' FROM 'xxaxx'), ']'), trim(LEADING 'xy' FROM 'xyxaxx'), trim(TRAILING 'x' FROM 'xxaxx'), trim(BOTH ' ' FROM '  b  ');
SELECT trimBoth('..a..', '.'), trimLeft('..a..', '.'), trimRight('..a..', '.'), trimBoth('abcXcba', 'abc'), trimBoth('', 'x'), trimBoth('xxx', 'x');
SELECT s, concat('|', trim(s), '|') FROM (SELECT arrayJoin([' a', 'b ', ' c ']) AS s) ORDER BY s;
