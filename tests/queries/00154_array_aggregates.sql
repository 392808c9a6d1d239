SELECT groupArray(x) FROM (SELECT arrayJoin([3, 1, 2]) AS x) SETTINGS max_threads = 1;
SELECT sum(arraySum(a)) FROM (SELECT [1, 2] AS a UNION ALL SELECT [3]);
SELECT arrayJoin([1, 2, 3]) AS x, count() FROM numbers(2) GROUP BY x ORDER BY x;
SELECT sumArray([1, 2, 3]), maxArray([1, 5, 2]), groupArrayArray(a) FROM (SELECT [1, 2] AS a);
