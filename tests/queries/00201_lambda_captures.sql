SELECT number, arrayMap(x -> x + number, [1, 2]) FROM numbers(3) ORDER BY number;
SELECT arrayFilter((x, y) -> y > 1, ['a', 'b', 'c'], [1, 2, 3]);
SELECT number, arrayCount(x -> x > number, [1, 2, 3]) FROM numbers(3) ORDER BY number;
