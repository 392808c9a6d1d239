-- reference: ClickHouse docs (modern)
SELECT number FROM numbers(3) WHERE row_number() OVER () > 1; -- { serverError ILLEGAL_AGGREGATION }
SELECT sum(row_number() OVER ()) FROM numbers(3); -- { serverError ILLEGAL_AGGREGATION }
SELECT abs(number) OVER () FROM numbers(3); -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
SELECT lagInFrame(number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT count() FROM numbers(3) GROUP BY rank() OVER (); -- { serverError ILLEGAL_AGGREGATION }
SELECT sum(number) OVER (ORDER BY number ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT 1;
