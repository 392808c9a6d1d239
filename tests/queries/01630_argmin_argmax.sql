-- reference: ClickHouse 18.16
SELECT argMin(number, number % 7), argMax(number, number % 7) FROM numbers(20);
SELECT argMin(toString(number), -number), argMax(toString(number), -number) FROM numbers(5);
SELECT number % 2 AS k, argMax(number, number * (10 - number)) FROM numbers(10) GROUP BY k ORDER BY k;
