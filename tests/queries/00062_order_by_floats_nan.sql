SELECT x FROM (SELECT arrayJoin([1.5, nan, -inf, 0, inf, -2]) AS x) ORDER BY x;
SELECT x FROM (SELECT arrayJoin([1.5, nan, -inf, 0, inf, -2]) AS x) ORDER BY x DESC;
