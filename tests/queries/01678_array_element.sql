-- reference: ClickHouse 18.16
SELECT [1, 2, 3][2], [1, 2, 3][-1], [1, 2, 3][5], arrayElement(['a', 'b'], 1);
SELECT arr[number + 1] FROM (SELECT [10, 20, 30] AS arr, number FROM numbers(4)) ORDER BY number;
