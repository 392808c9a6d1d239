-- reference: ClickHouse docs (modern): ilike/notILike (case-insensitive LIKE) are not in 18.16.
SELECT 'Hello' ILIKE 'h%', 'Hello' ILIKE '%LL%', 'Hello' NOT ILIKE 'x%', ilike('ABC', 'a_c'), notILike('ABC', 'a_c'), ilike('abc', 'A\\%C');
SELECT ilike('HeLLo', 'hello'), notILike('MiXeD', '%mixed%'), ilike('a_B', 'A\\_b');
SELECT s FROM (SELECT arrayJoin(['Apple', 'APRICOT', 'banana']) AS s) WHERE s ILIKE 'ap%' ORDER BY s;
