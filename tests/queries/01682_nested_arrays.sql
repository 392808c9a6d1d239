-- reference: ClickHouse 18.16
SELECT [[1, 2], [3]], length([[1, 2], [3]]), arrayMap(x -> length(x), [[1, 2], [3], []]);
SELECT arrayJoin([[1], [2, 3]]) AS x ORDER BY length(x);
