-- reference: ClickHouse docs (modern)
SELECT k, x FROM (SELECT number % 2 AS k, number AS x, row_number() OVER (PARTITION BY k ORDER BY number DESC) AS rn FROM numbers(7)) WHERE rn = 1 ORDER BY k;
SELECT max(s) FROM (SELECT sum(number) OVER (ORDER BY number ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) AS s FROM numbers(10));
