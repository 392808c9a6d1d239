-- reference: ClickHouse 18.16
SELECT k, groupArray(v), sumArray(arr) FROM (SELECT number % 2 AS k, number AS v, [number] AS arr FROM numbers(6)) GROUP BY k ORDER BY k SETTINGS max_threads = 1;
