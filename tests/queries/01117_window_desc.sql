-- reference: ClickHouse docs (modern)
SELECT number, sum(number) OVER (ORDER BY number DESC) AS s, row_number() OVER (ORDER BY number DESC) AS rn FROM numbers(5) ORDER BY number;
SELECT number, groupArray(number) OVER (ORDER BY number DESC ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS a FROM numbers(4) ORDER BY number;
