SELECT 1 + 'a'; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT length(1); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT sum('a'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT lower(5); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT toStartOfMonth('abc'); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT 'done';
