SELECT uniqExact(number % 3), uniq(number % 3) FROM numbers(100);
SELECT uniqExact(x), uniq(x) FROM (SELECT arrayJoin(['a', 'b', 'a', 'c', 'b']) AS x);
SELECT uniqExact(a, b) FROM (SELECT number % 2 AS a, number % 3 AS b FROM numbers(12));
SELECT count(DISTINCT number % 5) FROM numbers(20);
SELECT uniqExact(x) FROM (SELECT arrayJoin([1, NULL, 2, NULL, 1]) AS x);
