SELECT countIf(number > 5), sumIf(number, number % 2 = 0), avgIf(number, number < 4) FROM numbers(10);
SELECT minIf(number, number > 3), maxIf(number, number < 3), uniqExactIf(number % 3, number > 0) FROM numbers(10);
SELECT countIf(number > 100), sumIf(number, number > 100) FROM numbers(10);
SELECT k, countIf(v > 2), sumIf(v, v > 2) FROM (SELECT number % 2 AS k, number AS v FROM numbers(8)) GROUP BY k ORDER BY k;
