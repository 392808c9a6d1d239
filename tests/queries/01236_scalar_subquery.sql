-- reference: ClickHouse 18.16
SELECT (SELECT 1);
SELECT (SELECT max(number) FROM numbers(10)) + 1;
SELECT number FROM numbers(10) WHERE number > (SELECT avg(number) FROM numbers(10)) ORDER BY number;
SELECT (SELECT number FROM numbers(10) WHERE number = 100);
SELECT (SELECT 1, 'a');
SELECT (SELECT number FROM numbers(3)); -- { serverError INCORRECT_RESULT_OF_SCALAR_SUBQUERY }
SELECT 1;
