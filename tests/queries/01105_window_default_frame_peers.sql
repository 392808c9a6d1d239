-- reference: ClickHouse docs (modern)
SELECT x, sum(x) OVER (ORDER BY x) AS s, count() OVER (ORDER BY x) AS c FROM (SELECT arrayJoin([1, 2, 2, 3]) AS x) ORDER BY x;
SELECT x, sum(x) OVER () AS total, count() OVER () AS c FROM (SELECT arrayJoin([1, 2, 2, 3]) AS x) ORDER BY x;
SELECT x, sum(x) OVER (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS s FROM (SELECT arrayJoin([1, 2, 3]) AS x) ORDER BY x;
