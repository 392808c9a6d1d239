-- reference: ClickHouse docs (modern): DISTINCT ON (cols) keeps the first row of each distinct cols, like LIMIT 1 BY
SELECT DISTINCT ON (a) a, b FROM (SELECT number % 3 AS a, number AS b FROM numbers(9)) ORDER BY a, b;
SELECT DISTINCT ON (a, c) a, c, b FROM (SELECT number % 2 AS a, number % 3 AS c, number AS b FROM numbers(12)) ORDER BY a, c, b DESC;
SELECT DISTINCT ON (k) k FROM (SELECT number % 4 AS k FROM numbers(20)) ORDER BY k;
SELECT DISTINCT ON (a) a FROM (SELECT 1 AS a) LIMIT 1 BY a; -- { serverError UNSUPPORTED_METHOD }
SELECT 1;
