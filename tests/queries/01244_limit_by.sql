-- reference: ClickHouse 18.16
SELECT number % 3 AS k, number FROM numbers(12) ORDER BY k, number LIMIT 2 BY k;
SELECT number % 3 AS k, number FROM numbers(12) ORDER BY k, number DESC LIMIT 1 BY k;
SELECT number % 2 AS a, number % 3 AS b, number FROM numbers(12) ORDER BY a, b, number LIMIT 1 BY a, b;
SELECT number % 3 AS k, number FROM numbers(12) ORDER BY k, number LIMIT 2 BY k LIMIT 4;
