-- reference: ClickHouse 18.16
-- Tuples built from table columns inside aggregates: argMax/argMin/any returning tuples, tuple comparison in HAVING, groupArray of tuples, IN with tuples.
CREATE TABLE t (player String, round UInt8, points UInt32, bonus UInt32) ENGINE = MergeTree ORDER BY (player, round);
INSERT INTO t VALUES ('ann', 1, 10, 0), ('ann', 2, 30, 5), ('bob', 1, 30, 1);
INSERT INTO t VALUES ('bob', 2, 5, 9), ('cy', 1, 30, 5), ('cy', 2, 0, 0);
SELECT argMax((player, round), points * 100 + bonus), argMin((player, round), points * 100 + bonus) FROM t;
SELECT player, argMax((round, bonus), points), any((player, round)) FROM (SELECT * FROM t ORDER BY player, round) GROUP BY player ORDER BY player SETTINGS max_threads = 1;
SELECT player, groupArray((round, points)) FROM (SELECT * FROM t ORDER BY player, round) GROUP BY player ORDER BY player SETTINGS max_threads = 1;
SELECT player, round FROM t WHERE (player, round) IN (('ann', 2), ('cy', 1), ('dan', 1)) ORDER BY player;
SELECT (points, bonus) AS pb, count() FROM t GROUP BY pb ORDER BY pb;
SELECT player, sum(points), tuple(sum(points), sum(bonus)) FROM t GROUP BY player ORDER BY player;
SELECT player FROM t GROUP BY player HAVING (sum(points), sum(bonus)) > (35, 5) ORDER BY player;
