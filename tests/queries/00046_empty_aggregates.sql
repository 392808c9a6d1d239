SELECT count(), sum(number), min(number), max(number) FROM numbers(10) WHERE number > 100;
SELECT avg(number) FROM numbers(10) WHERE number > 100;
SELECT uniqExact(number), groupArray(number) FROM numbers(10) WHERE number > 100;
SELECT count() FROM numbers(10) WHERE number > 100 GROUP BY number % 2;
SELECT 'end';
