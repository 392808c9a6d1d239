-- reference: ClickHouse docs (modern): EXPLAIN AST dumps the parsed query, one node per line
EXPLAIN AST SELECT 1;
EXPLAIN AST SELECT number AS x, 'a' FROM numbers(10) WHERE x > 5 ORDER BY x LIMIT 3;
EXPLAIN AST SELECT count() FROM t GROUP BY k HAVING count() > 1;
EXPLAIN AST SELECT 1 UNION ALL SELECT 2;
