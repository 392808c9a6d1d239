CREATE TABLE t (user String, amount Int64) ENGINE = Memory;
INSERT INTO t SELECT concat('u', toString(number % 7)), number FROM numbers(100);
SELECT user, sum(amount) AS s FROM t GROUP BY user ORDER BY s DESC LIMIT 3;
SELECT user, count() FROM t GROUP BY user ORDER BY user LIMIT 2 OFFSET 1;
SELECT count() FROM (SELECT user FROM t GROUP BY user);
