-- reference: ClickHouse docs (modern); arraySplit and arrayReverseSplit are not in ClickHouse 18.16
-- arraySplit cuts before each element whose condition holds, arrayReverseSplit after it
SELECT arraySplit((x, y) -> y, [1, 2, 3, 4, 5], [1, 0, 0, 1, 0]) AS res, toTypeName(res);
SELECT arrayReverseSplit((x, y) -> y, [1, 2, 3, 4, 5], [1, 0, 0, 1, 0]) AS res, toTypeName(res);
SELECT arraySplit(x -> 1, [1, 2, 3]), arrayReverseSplit(x -> 1, [1, 2, 3]);
SELECT arraySplit(x -> 0, [1, 2, 3]), arrayReverseSplit(x -> 0, [1, 2, 3]);
-- a cut before the first element (after the last) does nothing; an empty array has no parts
SELECT arraySplit(x -> x = 1, [1, 2, 1]), arrayReverseSplit(x -> x = 1, [1, 2, 1]);
SELECT arraySplit(x -> 1, emptyArrayUInt8()), arrayReverseSplit(x -> 1, emptyArrayUInt8());
SELECT arraySplit(x -> x = 'b', ['a', 'b', 'c', 'b']), arrayReverseSplit(x -> x = 'b', ['a', 'b', 'c', 'b']);
SELECT arraySplit(x -> x > 1, [1, NULL, 3, NULL, 0]), arrayReverseSplit(x -> x > 1, [1, NULL, 3, NULL, 0]);
SELECT arraySplit(x -> length(x) = 0, [[1], [], [2, 3], []]);
-- per row
SELECT number, arraySplit(x -> x % 2 = 0, range(number)), arrayReverseSplit(x -> x % 2 = 0, range(number)) FROM numbers(5) ORDER BY number;
SELECT arrayJoin(arraySplit(x -> x = 0, [1, 0, 2, 3, 0, 4])) AS part ORDER BY part;
-- errors
SELECT arraySplit(x -> 'a', [1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySplit((x, y) -> y, [1, 2], [1, 0, 1]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arraySplit([1, 0]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arrayReverseSplit([1, 0], [1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arraySplit(x -> 1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT 'done';
