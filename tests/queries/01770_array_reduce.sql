-- reference: ClickHouse 18.16
-- arrayReduce applies any aggregate (parameters and combinators included) to array elements
SELECT arrayReduce('sum', [1, 2, 3]) AS x, toTypeName(x);
SELECT arrayReduce('max', ['a', 'c', 'b']) AS x, toTypeName(x);
SELECT arrayReduce('avg', [1, 2, 4]) AS x, toTypeName(x);
SELECT arrayReduce('count', [1, 2, 3]), arrayReduce('count', emptyArrayUInt8());
SELECT arrayReduce('sum', emptyArrayUInt8()) AS x, toTypeName(x);
SELECT arrayReduce('avg', emptyArrayUInt8()) AS x, toTypeName(x);
SELECT arrayReduce('min', emptyArrayString()) AS x, toTypeName(x);
-- parametric aggregates and combinators
SELECT arrayReduce('quantile(0.5)', [1, 2, 3, 4]) AS x, toTypeName(x);
SELECT arrayReduce('quantileExact(0.9)', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
SELECT arrayReduce('topK(2)', [1, 1, 2, 2, 2, 3]);
SELECT arrayReduce('sumIf', [1, 2, 3], [1, 0, 1]) AS x, toTypeName(x);
SELECT arrayReduce('uniqExact', [1, 2, 2, 3, 3, 3]) AS x, toTypeName(x);
SELECT arrayReduce('uniqExactIf', [1, 2, 2, 3], [1, 1, 1, 0]);
SELECT arrayReduce('groupArray', [1, 2]) AS x, toTypeName(x);
SELECT arrayReduce('groupUniqArray', [3, 3, 3]);
SELECT arrayReduce('argMax', ['a', 'b', 'c'], [3, 9, 1]), arrayReduce('argMin', ['a', 'b', 'c'], [3, 9, 1]);
SELECT arrayReduce('sumArray', [[1, 2], [3]]), arrayReduce('groupArrayArray', [[1], [2, 3]]);
-- NULL elements are skipped; the result is Nullable as for a Nullable column
SELECT arrayReduce('sum', [1, NULL, 3]) AS x, toTypeName(x);
SELECT arrayReduce('count', [1, NULL]) AS x, toTypeName(x);
SELECT arrayReduce('max', [NULL, 'z', NULL]) AS x, toTypeName(x);
SELECT arrayReduce('sum', [NULL]) AS x, toTypeName(x);
SELECT arrayReduce('count', [NULL]);
-- per row over a column
SELECT number, arrayReduce('sum', range(number)), arrayReduce('groupArray', range(number)) FROM numbers(5) ORDER BY number;
DROP TABLE IF EXISTS t01770;
CREATE TABLE t01770 (id UInt32, a Array(Int32), w Array(Float64)) ENGINE = Memory;
INSERT INTO t01770 VALUES (1, [3, -1, 4], [1, 2, 3]), (2, [], []), (3, [5, 5], [0.5, 0.5]), (4, [-7], [2]);
SELECT id, arrayReduce('sum', a), arrayReduce('min', a), arrayReduce('uniqExact', a), arrayReduce('argMax', a, w) FROM t01770 ORDER BY id;
SELECT id, arrayReduce('maxIf', a, arrayMap(x -> x > 0, a)) FROM t01770 ORDER BY id;
DROP TABLE t01770;
-- errors
SELECT arrayReduce('sum'); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arrayReduce('sum', 1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayReduce(materialize('sum'), [1]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT arrayReduce('', [1]); -- { serverError BAD_ARGUMENTS }
SELECT arrayReduce('nosuchfunction', [1]); -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
SELECT arrayReduce('sum', [1, 2], [1]); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT arrayReduce('argMax', [1, 2], [1]); -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT arrayReduce('sum', ['a']); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT 'done';
