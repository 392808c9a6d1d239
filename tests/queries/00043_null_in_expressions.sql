SELECT number, nullIf(number, 2) AS n, n + 1, isNull(n) FROM numbers(4) ORDER BY number;
SELECT sum(nullIf(number, 2)), count(nullIf(number, 2)), avg(nullIf(number, 2)) FROM numbers(4);
SELECT max(x) FROM (SELECT CAST(NULL AS Nullable(UInt8)) AS x);
SELECT sum(x), count(x) FROM (SELECT CAST(NULL AS Nullable(UInt8)) AS x);
