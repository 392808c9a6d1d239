-- reference: ClickHouse docs (modern): concatWithSeparator (alias concat_ws) and format are not in 18.16.
SELECT concatWithSeparator('-', 'a', 'b', 'c'), concat_ws(', ', 'x', 'y'), concatWithSeparator('', 'a', 'b'), concatWithSeparator('|', 'only');
SELECT concat('a', 'b', 'c'), concat('a', 1, 2.5), concatWithSeparator(', ', 'a', toString(1));
SELECT format('{} + {} = {}', '1', '2', '3'), format('{1} {0}', 'world', 'hello'), format('{{}} {}', 'x'), format('no placeholders');
SELECT n, concatWithSeparator('/', 'root', toString(n)) FROM (SELECT arrayJoin([1, 2]) AS n) ORDER BY n;
