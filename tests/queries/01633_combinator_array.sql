-- reference: ClickHouse 18.16
SELECT sumArray(arr), countArray(arr), maxArray(arr) FROM (SELECT [number, number * 2] AS arr FROM numbers(4));
SELECT uniqArray([number % 3, 7]) FROM numbers(10);
SELECT groupArrayArray([number]) FROM numbers(3);
