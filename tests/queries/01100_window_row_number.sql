-- reference: ClickHouse docs (modern)
SELECT number, row_number() OVER (ORDER BY number DESC) FROM numbers(5) ORDER BY number;
SELECT number % 2 AS k, number, row_number() OVER (PARTITION BY k ORDER BY number) AS rn FROM numbers(6) ORDER BY k, number;
SELECT row_number(); -- { serverError BAD_ARGUMENTS }
