-- reference: ClickHouse docs (modern)
SELECT number, sum(number) OVER w AS s, count() OVER w AS c FROM numbers(4) WINDOW w AS (ORDER BY number) ORDER BY number;
SELECT number, number % 2 AS k, sum(number) OVER w2 AS s FROM numbers(6) WINDOW w1 AS (PARTITION BY k), w2 AS (w1 ORDER BY number) ORDER BY number;
SELECT sum(number) OVER missing FROM numbers(2); -- { serverError BAD_ARGUMENTS }
