-- reference: ClickHouse docs (modern); arrayFill and arrayReverseFill are not in ClickHouse 18.16
-- an element whose condition is false takes the previous kept element (arrayFill) or the next one (arrayReverseFill)
SELECT arrayFill(x -> NOT isNull(x), [1, NULL, 2, NULL]) AS res, toTypeName(res);
SELECT arrayReverseFill(x -> NOT isNull(x), [1, NULL, 2, NULL]) AS res, toTypeName(res);
SELECT arrayFill((x, y, z) -> x > y AND x < z, [5, 3, 6, 2], [4, 7, 1, 3], [10, 2, 8, 5]);
SELECT arrayReverseFill((x, y, z) -> x > y AND x < z, [5, 3, 6, 2], [4, 7, 1, 3], [10, 2, 8, 5]);
-- the first (last) element always stays, even when its condition is false
SELECT arrayFill(x -> x > 2, [1, 2, 3, 1, 5]), arrayReverseFill(x -> x > 2, [1, 2, 3, 1, 5]);
SELECT arrayFill(x -> x > 2, [5, 1, 1]), arrayReverseFill(x -> x > 2, [1, 1, 5]), arrayReverseFill(x -> x > 2, [5, 1, 1]);
SELECT arrayFill(x -> 0, [1, 2, 3]), arrayReverseFill(x -> 0, [1, 2, 3]), arrayFill(x -> 1, [1, 2, 3]);
-- strings, empty arrays, a NULL condition counts as false
SELECT arrayFill(x -> x != '', ['a', '', 'b', '', '']), arrayReverseFill(x -> x != '', ['', 'a', '', 'b', '']);
SELECT arrayFill(x -> x > 0, emptyArrayInt32()), arrayReverseFill(x -> x > 0, emptyArrayInt32());
SELECT arrayFill(x -> x > 1, [1, NULL, 3, NULL]), arrayReverseFill(x -> x > 1, [NULL, 1, 3, NULL]);
-- per row, with a captured column
SELECT number, arrayFill(x -> x % 3 = number % 3, range(number + 2)), arrayReverseFill(x -> x % 3 = number % 3, range(number + 2)) FROM numbers(5) ORDER BY number;
-- errors
SELECT arrayFill(x -> 'a', [1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayFill((x, y) -> x > y, [1, 2], [1]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arrayFill(x -> x > 1, 5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayFill([1, 0]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arrayReverseFill([1, 0], [1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT 'done';
