-- reference: ClickHouse docs (modern)
SELECT number % 3 AS k, sum(number) AS s, sum(sum(number)) OVER () AS total, rank() OVER (ORDER BY sum(number) DESC) AS r FROM numbers(10) GROUP BY k ORDER BY k;
SELECT number % 3 AS k, count() AS c, sum(count()) OVER (ORDER BY k) AS running FROM numbers(10) GROUP BY k ORDER BY k;
SELECT number, sum(number) OVER (PARTITION BY number % 2) FROM numbers(4) GROUP BY number % 2; -- { serverError NOT_AN_AGGREGATE }
