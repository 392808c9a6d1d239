SELECT number FROM numbers(20) WHERE number % 3 = 0 AND number % 2 = 0 ORDER BY number;
SELECT count() FROM numbers(1000) WHERE number % 7 = 3;
SELECT number FROM numbers(10, 5) WHERE number > 11 ORDER BY number;
SELECT sum(number) FROM numbers(10) WHERE number NOT IN (1, 2, 3);
