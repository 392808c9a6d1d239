-- reference: ClickHouse 18.16
SELECT arrayMap(x -> x * 2, [1, 2, 3]);
SELECT arrayMap((x, y) -> x + y, [1, 2, 3], [4, 5, 6]);
SELECT arrayMap((x, y, z) -> concat(x, y, z), ['a', 'b'], ['c', 'd'], ['e', 'f']);
SELECT arrayMap(x -> arrayMap(y -> y + x, [1, 2]), [10, 20]);
