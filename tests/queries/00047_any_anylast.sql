SELECT any(number), anyLast(number) FROM numbers(10) SETTINGS max_threads = 1;
SELECT any(x), anyLast(x) FROM (SELECT arrayJoin(['a', 'b', 'c']) AS x) SETTINGS max_threads = 1;
SELECT k, any(v) FROM (SELECT number % 2 AS k, number AS v FROM numbers(6)) GROUP BY k ORDER BY k SETTINGS max_threads = 1;
