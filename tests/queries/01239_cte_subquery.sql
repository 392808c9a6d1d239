-- reference: ClickHouse docs (modern); 18.16 has only WITH expr AS alias
WITH t AS (SELECT number AS n FROM numbers(5)) SELECT n FROM t WHERE n > 2 ORDER BY n;
WITH t AS (SELECT number AS n FROM numbers(5)) SELECT count(), sum(n) FROM t;
WITH a AS (SELECT 1 AS x), b AS (SELECT x + 1 AS y FROM a) SELECT y FROM b;
WITH t AS (SELECT number AS n FROM numbers(4)) SELECT l.n, r.n FROM t AS l, t AS r WHERE l.n + 1 = r.n ORDER BY l.n;
WITH t AS (SELECT number % 3 AS k FROM numbers(9)) SELECT k, count() FROM t GROUP BY k ORDER BY k;
WITH t AS (SELECT number AS n FROM numbers(10)) SELECT n FROM t WHERE n IN (SELECT n * 3 FROM t) ORDER BY n;
