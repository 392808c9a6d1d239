-- reference: ClickHouse 18.16
-- String functions applied to table columns (not constants), in SELECT, WHERE and GROUP BY.
CREATE TABLE t (id UInt32, s String, sep String) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, 'Hello, World', ', '), (2, 'clickhouse', 'ck'), (3, '', '-');
INSERT INTO t VALUES (4, '  padded  ', ' '), (5, 'a-b-c', '-');
SELECT id, length(s), lower(s), upper(s), reverse(s) FROM t ORDER BY id;
SELECT id, substring(s, 2, 3), concat(s, '|', sep), position(s, sep) FROM t ORDER BY id;
SELECT id, replaceAll(s, '-', '+'), replaceOne(s, 'l', 'L'), replaceRegexpAll(s, '[aeiou]', '_') FROM t ORDER BY id;
SELECT id, splitByString(', ', s), splitByChar('-', s) FROM t WHERE s != '' ORDER BY id;
SELECT id, startsWith(s, 'c'), endsWith(s, 'd'), s LIKE '%o%', match(s, '^[a-z]+$') FROM t ORDER BY id;
SELECT length(s) > 5 AS long, count(), groupArray(id) FROM (SELECT * FROM t ORDER BY id) GROUP BY long ORDER BY long SETTINGS max_threads = 1;
SELECT id, extract(s, '[a-z]+'), extractAll(s, '[a-z]') FROM t ORDER BY id;
SELECT id, concat(sep, sep), lengthUTF8(concat(s, s)), empty(s), notEmpty(s) FROM t ORDER BY id;
