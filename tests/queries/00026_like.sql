SELECT 'hello' LIKE 'h%', 'hello' LIKE '%llo', 'hello' LIKE '%ell%', 'hello' LIKE 'h_llo', 'hello' LIKE 'h_lo';
SELECT 'hello' NOT LIKE 'x%', 'HELLO' LIKE 'hello', 'HELLO' ILIKE 'hello';
SELECT 'a%b' LIKE 'a\\%b', 'axb' LIKE 'a\\%b', 'a_b' LIKE 'a\\_b', 'axb' LIKE 'a\\_b';
SELECT '' LIKE '%', '' LIKE '_', 'abc' LIKE 'abc', 'abc' LIKE 'ab';
SELECT like('abc', 'a%'), notLike('abc', 'a%');
