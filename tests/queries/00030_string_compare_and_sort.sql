SELECT s FROM (SELECT arrayJoin(['b', 'a', 'B', 'ab', '', 'A']) AS s) ORDER BY s;
SELECT max(s), min(s) FROM (SELECT arrayJoin(['pear', 'apple', 'zoo']) AS s);
