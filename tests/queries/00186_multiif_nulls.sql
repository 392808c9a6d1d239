SELECT x, multiIf(x IS NULL, 'null', x > 1, 'big', 'small') FROM (SELECT arrayJoin([0, NULL, 2]) AS x) ORDER BY x;
SELECT multiIf(NULL, 1, 2), multiIf(0, 1, NULL, 2, 3);
