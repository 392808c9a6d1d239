-- reference: ClickHouse 18.16
SELECT sumMap([1, 2], [10, 20]);
SELECT sumMap(k, v) FROM (SELECT [number % 3, 5] AS k, [number, 1] AS v FROM numbers(10));
