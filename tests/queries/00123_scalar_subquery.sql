SELECT (SELECT max(number) FROM numbers(5));
SELECT number FROM numbers(10) WHERE number > (SELECT avg(number) FROM numbers(10)) ORDER BY number;
SELECT (SELECT 1) + (SELECT 2);
SELECT (SELECT number FROM numbers(3)); -- { serverError INCORRECT_RESULT_OF_SCALAR_SUBQUERY }
SELECT 'done';
