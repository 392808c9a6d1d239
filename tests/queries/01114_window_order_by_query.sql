-- reference: ClickHouse docs (modern)
SELECT number, row_number() OVER (ORDER BY number DESC) AS rn FROM numbers(5) ORDER BY rn;
SELECT number FROM numbers(5) ORDER BY sum(number) OVER (ORDER BY number DESC), number;
SELECT number, rank() OVER (ORDER BY number % 2) AS r FROM numbers(5) ORDER BY r DESC, number LIMIT 3;
