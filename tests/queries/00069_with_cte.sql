WITH t AS (SELECT number AS x FROM numbers(5)) SELECT sum(x) FROM t;
WITH a AS (SELECT number AS x FROM numbers(3)), b AS (SELECT x * 10 AS y FROM a) SELECT y FROM b ORDER BY y;
WITH t AS (SELECT number % 2 AS k, number AS v FROM numbers(6)) SELECT k, sum(v) FROM t GROUP BY k ORDER BY k;
