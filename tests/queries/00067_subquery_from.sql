SELECT x * 2 FROM (SELECT number AS x FROM numbers(3)) ORDER BY x;
SELECT sum(c) FROM (SELECT number % 3 AS k, count() AS c FROM numbers(10) GROUP BY k);
SELECT k, c FROM (SELECT number % 3 AS k, count() AS c FROM numbers(10) GROUP BY k) WHERE c > 3 ORDER BY k;
SELECT max(y) FROM (SELECT x + 1 AS y FROM (SELECT number AS x FROM numbers(5)));
SELECT t.number FROM (SELECT number FROM numbers(3)) AS t ORDER BY t.number DESC;
