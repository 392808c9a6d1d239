-- reference: ClickHouse docs (modern)
SELECT number, sum(number) OVER (ORDER BY number) FROM numbers(6) ORDER BY number;
SELECT number % 2 AS k, number, sum(number) OVER (PARTITION BY k ORDER BY number) FROM numbers(8) ORDER BY k, number;
SELECT count(), sum(s) FROM (SELECT sum(number) OVER (ORDER BY number ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS s FROM numbers(100000));
