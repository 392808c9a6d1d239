-- reference: ClickHouse 18.16
SELECT number, arrayMap(x -> x + number, [1, 2]) FROM numbers(3) ORDER BY number;
SELECT number, arrayFilter(x -> x < number, range(5)) FROM numbers(4) ORDER BY number;
