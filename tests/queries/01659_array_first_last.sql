-- reference: ClickHouse 18.16
SELECT arrayFirst(x -> x > 1, [1, 2, 3]), arrayFirstIndex(x -> x > 1, [1, 2, 3]);
SELECT arrayFirst(x -> x > 5, [1, 2, 3]), arrayFirstIndex(x -> x > 5, [1, 2, 3]);
