-- reference: ClickHouse docs (modern)
SELECT number, sum(number) OVER (ORDER BY number ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s FROM numbers(5) ORDER BY number;
SELECT number, groupArray(number) OVER (ORDER BY number ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING) AS a FROM numbers(5) ORDER BY number;
SELECT number, groupArray(number) OVER (ORDER BY number ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS a FROM numbers(4) ORDER BY number;
SELECT number, count() OVER (ORDER BY number ROWS 2 PRECEDING) AS c FROM numbers(4) ORDER BY number;
SELECT number, sum(number) OVER (ORDER BY number ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING) AS s FROM numbers(5) ORDER BY number;
