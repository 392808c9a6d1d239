-- reference: ClickHouse 18.16 (keys without ties: which of equal keys wins depends on the order states merge)
SELECT argMin(number, (number % 7) * 100 + number), argMax(number, (number % 7) * 100 + number) FROM numbers(20);
SELECT argMin(toString(number), -number), argMax(toString(number), -number) FROM numbers(5);
SELECT number % 2 AS k, argMax(number, number * (10 - number) * 100 + number) FROM numbers(10) GROUP BY k ORDER BY k;
