SELECT number % 3 AS k, k * 10 AS k10, count() AS c FROM numbers(9) GROUP BY k ORDER BY k10 DESC;
SELECT intDiv(number, 3) AS g, sum(number) AS s, s * 2 AS s2 FROM numbers(9) GROUP BY g HAVING s2 > 10 ORDER BY g;
