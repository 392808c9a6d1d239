SELECT groupArray(number) FROM numbers(5) SETTINGS max_threads = 1;
SELECT groupArray(toString(number)) FROM numbers(3) SETTINGS max_threads = 1;
SELECT arraySort(groupUniqArray(number % 3)) FROM numbers(10);
SELECT k, groupArray(v) FROM (SELECT number % 2 AS k, number AS v FROM numbers(6)) GROUP BY k ORDER BY k SETTINGS max_threads = 1;
SELECT groupArray(x) FROM (SELECT arrayJoin([1, NULL, 3]) AS x) SETTINGS max_threads = 1;
