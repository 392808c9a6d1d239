-- reference: ClickHouse 18.16
SELECT covarPop(number, number * 2), covarSamp(number, number * 2), corr(number, number * number) FROM numbers(10);
SELECT number % 2 AS k, covarPop(number, number % 3) FROM numbers(20) GROUP BY k ORDER BY k;
