-- reference: ClickHouse docs (modern)
SELECT number, lagInFrame(number) OVER w AS lg, leadInFrame(number) OVER w AS ld, lagInFrame(number, 2, 100) OVER w AS lg2 FROM numbers(5) WINDOW w AS (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) ORDER BY number;
SELECT number, leadInFrame(number) OVER (ORDER BY number) AS ld FROM numbers(3) ORDER BY number;
SELECT number, lagInFrame(toNullable(number), 1, NULL) OVER (ORDER BY number) AS lg FROM numbers(3) ORDER BY number;
