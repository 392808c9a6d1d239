-- reference: ClickHouse 18.16
SELECT arrayJoin([1, 2, 3]) AS x ORDER BY x;
SELECT arrayJoin([1, 2]) AS a, arrayJoin(['x', 'y']) AS b ORDER BY a, b;
SELECT sum(arrayJoin(range(10)));
