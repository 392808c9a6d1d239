-- reference: ClickHouse 18.16
SELECT arraySum([1, 2, 3]), arraySum(x -> x * x, [1, 2, 3]);
SELECT arraySum([0.5, 0.25]);
SELECT arraySum((x, y) -> x * y, [1, 2], [3, 4]);
