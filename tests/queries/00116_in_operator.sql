SELECT 1 IN (1, 2, 3), 5 IN (1, 2, 3), 5 NOT IN (1, 2, 3), 'a' IN ('a');
SELECT number FROM numbers(10) WHERE number IN (2, 4, 11) ORDER BY number;
SELECT number FROM numbers(6) WHERE number NOT IN (0, 1, 2) ORDER BY number;
SELECT number FROM numbers(10) WHERE number IN (SELECT number * 3 FROM numbers(3)) ORDER BY number;
SELECT number FROM numbers(5) WHERE number GLOBAL IN (1, 2) ORDER BY number;
SELECT (1, 2) IN ((1, 2), (3, 4)), has([1, 2], 1);
