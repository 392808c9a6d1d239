CREATE TABLE t (name String, score UInt32) ENGINE = Memory;
INSERT INTO t VALUES ('a', 10), ('b', 20), ('c', 30), ('d', 40);
SELECT name FROM t WHERE score > (SELECT avg(score) FROM t) ORDER BY name;
SELECT name FROM t WHERE score = (SELECT max(score) FROM t);
SELECT name, score - (SELECT min(score) FROM t) AS diff FROM t ORDER BY diff;
