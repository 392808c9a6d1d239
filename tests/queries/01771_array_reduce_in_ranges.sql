-- reference: ClickHouse docs (modern); arrayReduceInRanges is not in ClickHouse 18.16
-- each (index, length) range is sliced as arraySlice would and aggregated on its own
SELECT arrayReduceInRanges('sum', [(1, 5), (2, 3), (3, 4), (4, 4)], [1000000, 200000, 30000, 4000, 500, 60, 7]) AS res, toTypeName(res);
SELECT arrayReduceInRanges('groupArray', [(1, 2), (-1, 5), (-3, 2), (0, 1), (10, 1), (2, 0)], [1, 2, 3, 4]);
SELECT arrayReduceInRanges('avg', [(1, 2), (3, 10)], [1, 2, 3, 4]) AS res, toTypeName(res);
SELECT arrayReduceInRanges('sumIf', [(1, 4), (2, 2)], [1, 2, 3, 4], [1, 0, 1, 1]);
SELECT arrayReduceInRanges('quantileExact(0.5)', [(1, 3), (2, 3)], [5, 1, 9, 3]);
SELECT arrayReduceInRanges('uniqExact', [(1, 3)], ['a', 'b', 'a']);
-- no ranges, empty arrays, NULL elements
SELECT arrayReduceInRanges('sum', CAST([], 'Array(Tuple(Int64, UInt64))'), [1, 2]) AS res, toTypeName(res);
SELECT arrayReduceInRanges('sum', [(1, 2)], emptyArrayUInt8());
SELECT arrayReduceInRanges('sum', [(1, 2), (2, 2)], [1, NULL, 3]) AS res, toTypeName(res);
SELECT arrayReduceInRanges('count', [(1, 3), (3, 1)], [NULL, 'x', NULL]);
-- per row
SELECT number, arrayReduceInRanges('groupArray', [(1, 2), (-1, 5), (0, 1)], range(number)) FROM numbers(4) ORDER BY number;
SELECT number, arrayReduceInRanges('max', [(toInt64(number), toUInt64(2))], [10, 20, 30, 40]) FROM numbers(5) ORDER BY number;
-- errors
SELECT arrayReduceInRanges('sum', [(1, 2)]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arrayReduceInRanges('sum', [1, 2], [1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayReduceInRanges('sum', [(1, -2)], [1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayReduceInRanges('sum', [('a', 2)], [1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayReduceInRanges(materialize('sum'), [(1, 2)], [1, 2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayReduceInRanges('nosuchfunction', [(1, 2)], [1, 2]); -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
SELECT arrayReduceInRanges('argMax', [(1, 2)], [1, 2], [1]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT 'done';
