-- reference: ClickHouse docs (modern)
SELECT x, rank() OVER (ORDER BY x) AS r, dense_rank() OVER (ORDER BY x) AS d, denseRank() OVER (ORDER BY x) AS d2 FROM (SELECT arrayJoin([1, 2, 2, 3, 3, 3, 7]) AS x) ORDER BY x;
SELECT x, rank() OVER () FROM (SELECT arrayJoin([5, 1, 3]) AS x) ORDER BY x;
SELECT rank(1) OVER (); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
