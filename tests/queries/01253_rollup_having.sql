-- reference: ClickHouse 18.16
SELECT number % 3 AS a, number % 2 AS b, count() AS c FROM numbers(30) GROUP BY a, b WITH ROLLUP HAVING c >= 5 ORDER BY a, b, c;
SELECT number % 3 AS a, sum(number) AS s FROM numbers(9) GROUP BY a WITH ROLLUP ORDER BY s DESC LIMIT 2;
SELECT number % 2 AS a, uniqExact(number) FROM numbers(10) GROUP BY a WITH CUBE ORDER BY a, uniqExact(number);
