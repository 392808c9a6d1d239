-- reference: ClickHouse docs (modern)
SELECT number, number % 2 AS k, row_number() OVER (ORDER BY number) AS a, row_number() OVER (PARTITION BY k ORDER BY number DESC) AS b, sum(number) OVER (PARTITION BY k) AS c, max(number) OVER (ORDER BY number ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS d FROM numbers(6) ORDER BY number;
