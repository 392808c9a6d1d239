SELECT sum(number), count(), max(number) FROM numbers(1000000);
SELECT number % 10 AS k, count(), sum(number) FROM numbers(100000) GROUP BY k ORDER BY k;
SELECT uniqExact(number % 1000) FROM numbers(100000);
