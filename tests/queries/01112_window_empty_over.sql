-- reference: ClickHouse docs (modern)
SELECT number, count() OVER () AS c, max(number) OVER () AS m, avg(number) OVER () AS a FROM numbers(4) ORDER BY number;
SELECT number, number / sum(number) OVER () AS share FROM numbers(5) ORDER BY number;
