SELECT no_such_function(1); -- { serverError UNKNOWN_FUNCTION }
SELECT lenght('abc'); -- { serverError UNKNOWN_FUNCTION }
SELECT no_such_aggregate(number) FROM numbers(3); -- { serverError UNKNOWN_FUNCTION }
SELECT 'done';
