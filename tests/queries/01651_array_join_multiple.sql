-- reference: ClickHouse 18.16
SELECT x, y FROM (SELECT [1, 2] AS a, ['a', 'b'] AS b) ARRAY JOIN a AS x, b AS y;
SELECT a, x FROM (SELECT [1, 2, 3] AS a) ARRAY JOIN a AS x ORDER BY x;
