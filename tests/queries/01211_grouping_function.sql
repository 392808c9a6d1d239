-- reference: ClickHouse docs (modern): grouping() has bit 1 for an argument that is not in the row's grouping set
SELECT number % 2 AS a, number % 3 AS b, count(), grouping(a), grouping(b), grouping(a, b) FROM numbers(12) GROUP BY ROLLUP(a, b) ORDER BY grouping(a, b), a, b;
SELECT number % 2 AS a, count(), grouping(a) AS g FROM numbers(10) GROUP BY CUBE(a) ORDER BY g, a;
SELECT if(grouping(a) = 1, 'all', toString(a)) AS label, count() FROM (SELECT number % 3 AS a FROM numbers(9)) GROUP BY GROUPING SETS ((a), ()) ORDER BY label;
SELECT number % 2 AS a, count() FROM numbers(4) GROUP BY ROLLUP(a) HAVING grouping(a) = 0 ORDER BY a;
SELECT number AS a, grouping(number % 7) FROM numbers(3) GROUP BY ROLLUP(a); -- { serverError BAD_ARGUMENTS }
SELECT number % 2 AS a, grouping(a), count() FROM numbers(4) GROUP BY a ORDER BY a;
