-- reference: ClickHouse docs (modern): extractGroups, extractAllGroupsHorizontal/Vertical, multiMatchAny, multiMatchAnyIndex, multiMatchAllIndices (not in 18.16).
SELECT extractGroups('hello world', '(\\w+) (\\w+)'), extractGroups('key: 42', '(\\w+): (\\d+)');
SELECT extractAllGroupsHorizontal('abc=111, def=222, ghi=333', '(\\w+)=(\\w+)');
SELECT extractAllGroupsVertical('abc=111, def=222, ghi=333', '(\\w+)=(\\w+)'), extractAllGroupsVertical('none', '(\\d)');
SELECT multiMatchAny('abc', ['x', 'b']), multiMatchAny('abc', ['^x', 'z$']), multiMatchAnyIndex('abc', ['x', 'b', 'zz']), multiMatchAnyIndex('abc', ['x']);
SELECT multiMatchAllIndices('abc', ['x', 'b', 'c']), multiMatchAllIndices('abc', ['q']), multiMatchAllIndices('2024-01-01', ['^\\d{4}', '-\\d{2}-', 'x']);
SELECT extractGroups('abc', 'x'); -- { serverError BAD_ARGUMENTS }
SELECT extractAllGroups('a=1, b=2', '(\\w)=(\\d)');
