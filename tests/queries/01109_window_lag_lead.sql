-- reference: ClickHouse docs (modern)
SELECT number, lag(number) OVER (ORDER BY number) AS lg, lead(number) OVER (ORDER BY number) AS ld, lead(number, 2, 99) OVER (ORDER BY number) AS ld2 FROM numbers(5) ORDER BY number;
SELECT number % 2 AS k, number, lag(number, 1, number) OVER (PARTITION BY k ORDER BY number) AS prev FROM numbers(6) ORDER BY k, number;
SELECT lag(number, -1) OVER (ORDER BY number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
