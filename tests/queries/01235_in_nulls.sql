-- reference: ClickHouse 18.16
SELECT 1 IN (1, NULL), 3 IN (1, NULL);
SELECT x FROM (SELECT arrayJoin([1, NULL, 3]) AS x) WHERE x IN (1, 3) ORDER BY x;
SELECT x, x IN (1, NULL) FROM (SELECT arrayJoin([1, NULL, 3]) AS x) ORDER BY x;
SELECT x, x NOT IN (1) FROM (SELECT arrayJoin([1, NULL, 3]) AS x) ORDER BY x;
