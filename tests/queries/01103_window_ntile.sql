-- reference: ClickHouse docs (modern)
SELECT number, ntile(4) OVER (ORDER BY number) FROM numbers(7) ORDER BY number;
SELECT number, ntile(10) OVER (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM numbers(3) ORDER BY number;
SELECT ntile(0) OVER (ORDER BY number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT ntile(2) OVER () FROM numbers(3); -- { serverError BAD_ARGUMENTS }
SELECT ntile(2) OVER (ORDER BY number ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
