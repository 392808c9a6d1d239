SELECT sum(number) FROM numbers(3) GROUP BY sum(number); -- { serverError ILLEGAL_AGGREGATION }
SELECT avg('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT quantile(2)(number) FROM numbers(3); -- { serverError PARAMETER_OUT_OF_BOUND }
SELECT 'done';
