-- reference: ClickHouse 18.16
-- match, extract (first match or its first group), extractAll.
SELECT match('Hello', 'l+'), match('Hello', '^h'), match('Hello', '(?i)^h'), match('', '^$'), match('abc', 'a.c');
SELECT extract('number: 42, other: 7', '\\d+'), extract('key=value', '=(\\w+)'), extract('abc', 'z'), extract('abc', '');
SELECT extractAll('a1b22c333', '\\d+'), extractAll('no digits', '\\d+'), extractAll('k1=v1;k2=v2', '(\\w+)=');
SELECT s, match(s, '^[a-z]+$'), extract(s, '[0-9]+') FROM (SELECT arrayJoin(['abc', 'ab1', '42x']) AS s) ORDER BY s;
