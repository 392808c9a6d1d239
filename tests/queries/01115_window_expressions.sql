-- reference: ClickHouse docs (modern)
SELECT number, sum(number) OVER w / sum(number) OVER () AS frac, row_number() OVER w * 10 AS rn10 FROM numbers(4) WINDOW w AS (ORDER BY number) ORDER BY number;
SELECT number, toString(row_number() OVER (ORDER BY number)) || '/' || toString(count() OVER ()) AS pos FROM numbers(3) ORDER BY number;
