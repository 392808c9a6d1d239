SELECT number AS n, n * 2 AS d, d + 1 FROM numbers(3) ORDER BY n;
SELECT number + 1 AS x FROM numbers(5) WHERE x > 3 ORDER BY x;
SELECT number AS n FROM numbers(5) ORDER BY -n LIMIT 2;
SELECT (number AS a) + a FROM numbers(3) ORDER BY a;
SELECT 1 AS a, a + 1 AS b, b + 1 AS c;
