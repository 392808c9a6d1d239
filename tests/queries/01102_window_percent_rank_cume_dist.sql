-- reference: ClickHouse docs (modern)
SELECT x, percent_rank() OVER (ORDER BY x) AS p, percentRank() OVER (ORDER BY x) AS p2, cume_dist() OVER (ORDER BY x) AS c FROM (SELECT arrayJoin([10, 20, 20, 40]) AS x) ORDER BY x;
SELECT percent_rank() OVER (ORDER BY number), cume_dist() OVER (ORDER BY number) FROM numbers(1);
