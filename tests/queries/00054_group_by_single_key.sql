SELECT number % 3 AS k, count(), sum(number) FROM numbers(10) GROUP BY k ORDER BY k;
SELECT number % 3, count() FROM numbers(10) GROUP BY number % 3 ORDER BY number % 3;
SELECT count() FROM numbers(10) GROUP BY number % 2 ORDER BY count();
