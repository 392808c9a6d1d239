-- reference: ClickHouse 18.16
-- like and notLike with % and _ wildcards and escapes.
SELECT 'hello' LIKE 'h%', 'hello' LIKE '%ll%', 'hello' LIKE 'h_llo', 'hello' LIKE 'H%', 'hello' NOT LIKE 'x%';
SELECT like('abc', 'a%'), notLike('abc', 'a%'), like('a%c', 'a\\%c'), like('abc', 'a\\%c'), like('a_c', 'a\\_c'), like('', '%');
SELECT like('привет', 'п_ивет'), like('привет', '%вет'), notLike('привет', '%мир%');
SELECT s FROM (SELECT arrayJoin(['apple', 'banana', 'apricot', 'cherry']) AS s) WHERE s LIKE 'ap%' ORDER BY s;
