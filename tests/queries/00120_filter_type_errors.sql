SELECT number FROM numbers(3) WHERE 'abc'; -- { serverError ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER }
SELECT number FROM numbers(3) WHERE sum(number) > 1; -- { serverError ILLEGAL_AGGREGATION }
SELECT number, count() FROM numbers(3); -- { serverError NOT_AN_AGGREGATE }
SELECT sum(count()) FROM numbers(3); -- { serverError ILLEGAL_AGGREGATION }
SELECT 'done';
