-- reference: ClickHouse 18.16, except the window statement (not in 18.16: modern docs, checked by hand)
-- min/max/argMin/argMax ordering by tuples and arrays (lexicographic), grouped, in HAVING, through -State/-Merge and as a window.
CREATE TABLE t (player String, round UInt8, points UInt32, bonus UInt32) ENGINE = MergeTree ORDER BY (player, round);
INSERT INTO t VALUES ('ann', 1, 10, 0), ('ann', 2, 30, 5), ('bob', 1, 30, 1);
INSERT INTO t VALUES ('bob', 2, 5, 9), ('cy', 1, 30, 5), ('cy', 2, 0, 0);
SELECT max((points, bonus)), min((points, bonus)) FROM t;
SELECT player, max((points, round)), min([points, bonus]), argMax(round, (points, bonus)), argMin(player, [bonus, points]) FROM t GROUP BY player ORDER BY player;
SELECT player FROM t GROUP BY player HAVING max((points, bonus)) > (30, 1) ORDER BY player;
SELECT maxMerge(s), minMerge(m) FROM (SELECT player, maxState((points, bonus)) AS s, minState([bonus]) AS m FROM t GROUP BY player);
SELECT max((player, points)), min((bonus, player)) FROM t WHERE round = 2;
SELECT player, round, max((points, bonus)) OVER (PARTITION BY player ORDER BY round) FROM t ORDER BY player, round;
