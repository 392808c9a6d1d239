SELECT number FROM numbers(3) WHERE number IN (SELECT number FROM numbers(10) WHERE number > 0) ORDER BY number;
SELECT count() FROM numbers(10) WHERE number NOT IN (SELECT number * 2 FROM numbers(5));
SELECT arrayJoin([1, 2, 3]) AS x WHERE x IN (SELECT 2 UNION ALL SELECT 3) ORDER BY x;
