-- reference: ClickHouse 18.16
SELECT arrayFilter(x -> x > 1, [1, 2, 3]);
SELECT arrayFilter((x, y) -> y, ['a', 'b', 'c'], [1, 0, 1]);
SELECT arrayExists(x -> x > 2, [1, 2, 3]), arrayAll(x -> x > 0, [1, 2, 3]), arrayCount(x -> x % 2 = 1, [1, 2, 3]);
SELECT arrayExists([0, 0]), arrayAll([1, 1]), arrayCount([0, 1, 1]);
