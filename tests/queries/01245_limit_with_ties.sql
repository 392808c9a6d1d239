-- reference: ClickHouse docs (modern); 18.16 has no WITH TIES
SELECT number % 3 AS k FROM numbers(10) ORDER BY k LIMIT 2 WITH TIES;
SELECT n FROM (SELECT arrayJoin([1, 2, 2, 2, 3, 4]) AS n) ORDER BY n LIMIT 2 WITH TIES;
SELECT n FROM (SELECT arrayJoin([1, 2, 2, 2, 3, 4]) AS n) ORDER BY n LIMIT 1, 2 WITH TIES;
SELECT n FROM (SELECT arrayJoin([5, 5, 4, 3]) AS n) ORDER BY n DESC LIMIT 1 WITH TIES;
SELECT number FROM numbers(5) LIMIT 2 WITH TIES; -- { serverError LOGICAL_ERROR }
SELECT 1;
