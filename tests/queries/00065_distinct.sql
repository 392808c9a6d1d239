SELECT DISTINCT number % 3 AS k FROM numbers(10) ORDER BY k;
SELECT DISTINCT x, y FROM (SELECT number % 2 AS x, number % 3 AS y FROM numbers(12)) ORDER BY x, y;
SELECT DISTINCT s FROM (SELECT arrayJoin(['a', 'b', 'a', NULL, NULL]) AS s) ORDER BY s;
SELECT count() FROM (SELECT DISTINCT number % 4 FROM numbers(100));
