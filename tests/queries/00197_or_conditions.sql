SELECT number FROM numbers(10) WHERE number = 3 OR number = 7 ORDER BY number;
SELECT number FROM numbers(10) WHERE (number < 2 OR number > 7) AND number != 9 ORDER BY number;
SELECT number FROM numbers(10) WHERE NOT (number BETWEEN 2 AND 8) ORDER BY number;
