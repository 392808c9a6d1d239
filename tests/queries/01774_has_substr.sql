-- reference: ClickHouse docs (modern); hasSubstr is not in ClickHouse 18.16
-- hasSubstr(a, b): b occurs in a as a contiguous run, in order
SELECT hasSubstr([], []), hasSubstr([1, 2], []), hasSubstr([], [1]);
SELECT hasSubstr([1, 2, 3, 4], [2, 3]), hasSubstr([1, 2, 3, 4], [3, 2]), hasSubstr([1, 2, 3, 4], [1, 3]);
SELECT hasSubstr([1, 2, 3, 4], [1, 2, 3, 4]), hasSubstr([1, 2, 3], [1, 2, 3, 4]), hasSubstr([1, 1, 2], [1, 2]);
SELECT hasSubstr(['a', 'b', 'c'], ['b', 'c']), hasSubstr(['a', 'b', 'c'], ['a', 'c']);
-- elements compare in their common type; NULL equals NULL
SELECT hasSubstr([1.0, 2, 3, 4], [1, 2]), hasSubstr([toUInt8(1), 2], [toInt64(1), 2]);
SELECT hasSubstr([1, 2, NULL, 3, 4], [2, 3]), hasSubstr([1, 2, NULL, 3, 4], [2, NULL, 3]), hasSubstr([NULL], [NULL]);
SELECT hasSubstr([[1, 2], [3, 4], [5, 6]], [[1, 2], [3, 4]]), hasSubstr([[1, 2], [3, 4]], [[3, 4], [1, 2]]);
SELECT toTypeName(hasSubstr([1], [1]));
-- per row
SELECT number, hasSubstr(range(5), [number, number + 1]), hasSubstr(range(number), [1, 2]) FROM numbers(6) ORDER BY number;
-- errors
SELECT hasSubstr([1, 2, NULL, 3, 4], ['a']); -- { serverError NO_COMMON_TYPE }
SELECT hasSubstr([1, 2], 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT hasSubstr([1, 2]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT 'done';
