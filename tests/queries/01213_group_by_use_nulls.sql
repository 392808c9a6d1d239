-- reference: ClickHouse docs (modern): with group_by_use_nulls = 1 keys outside a grouping set are NULL
SELECT number % 2 AS a, number % 3 AS b, count() FROM numbers(12) GROUP BY ROLLUP(a, b) ORDER BY a, b SETTINGS group_by_use_nulls = 1;
SELECT toTypeName(a), count() FROM (SELECT number % 2 AS a FROM numbers(4)) GROUP BY CUBE(a) ORDER BY count() SETTINGS group_by_use_nulls = 1;
SELECT a, b, count() FROM (SELECT toString(number % 2) AS a, number % 2 = 0 AS b FROM numbers(6)) GROUP BY GROUPING SETS ((a), (b)) ORDER BY a, b SETTINGS group_by_use_nulls = 1;
SELECT number % 2 AS a, count() FROM numbers(4) GROUP BY ROLLUP(a) ORDER BY a, count() SETTINGS group_by_use_nulls = 0;
