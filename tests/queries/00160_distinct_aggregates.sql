SELECT sum(DISTINCT x), avg(DISTINCT x), count(DISTINCT x) FROM (SELECT arrayJoin([1, 1, 2, 3, 3]) AS x);
SELECT groupArray(DISTINCT x) FROM (SELECT arrayJoin([1, 1, 1]) AS x);
SELECT uniqExact(x), countDistinct(x) FROM (SELECT arrayJoin(['a', 'b', 'a']) AS x);
