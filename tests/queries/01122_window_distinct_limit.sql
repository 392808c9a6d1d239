-- reference: ClickHouse docs (modern)
SELECT DISTINCT number % 3 AS k, count() OVER (PARTITION BY number % 3) AS c FROM numbers(10) ORDER BY k;
SELECT number, sum(number) OVER (ORDER BY number) AS s FROM numbers(10) ORDER BY number LIMIT 2 OFFSET 3;
