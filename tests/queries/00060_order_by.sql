SELECT number FROM numbers(5) ORDER BY number DESC;
SELECT number % 3 AS a, number FROM numbers(7) ORDER BY a DESC, number ASC;
SELECT s FROM (SELECT arrayJoin(['b', 'c', 'a']) AS s) ORDER BY s ASC;
SELECT number FROM numbers(6) ORDER BY number % 3, number DESC;
SELECT number, -number AS neg FROM numbers(3) ORDER BY neg;
