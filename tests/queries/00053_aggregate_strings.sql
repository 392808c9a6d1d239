SELECT min(s), max(s), count(s), any(length(s)) FROM (SELECT arrayJoin(['pear', 'apple', 'fig']) AS s) SETTINGS max_threads = 1;
SELECT groupArray(s) FROM (SELECT arrayJoin(['x', 'y']) AS s) SETTINGS max_threads = 1;
SELECT sum(length(s)) FROM (SELECT arrayJoin(['ab', 'cde', '']) AS s);
