SELECT arrayMap(x -> x * 2, [1, 2, 3]), arrayFilter(x -> x % 2 = 1, [1, 2, 3, 4, 5]);
SELECT arrayExists(x -> x > 2, [1, 2, 3]), arrayAll(x -> x > 0, [1, 2, 3]), arrayCount(x -> x > 1, [1, 2, 3]);
SELECT arrayMap((x, y) -> x + y, [1, 2], [10, 20]), arraySum(x -> x * x, [1, 2, 3]);
SELECT arrayFirst(x -> x > 1, [1, 2, 3]), arrayFirstIndex(x -> x > 1, [1, 2, 3]), arraySort(x -> -x, [1, 3, 2]);
SELECT arrayEnumerate(['a', 'b', 'c']), arrayMap(x -> concat(x, '!'), ['a', 'b']);
SELECT arrayCumSum([1, 2, 3, 4]), arrayZip([1, 2], ['a', 'b']);
