-- reference: ClickHouse 18.16
SELECT s, arr FROM (SELECT 'x' AS s, emptyArrayUInt8() AS arr) LEFT ARRAY JOIN arr;
SELECT s, v FROM (SELECT arrayJoin(['p', 'q']) AS s, if(s = 'p', [1, 2], emptyArrayUInt8()) AS arr) LEFT ARRAY JOIN arr AS v ORDER BY s, v;
