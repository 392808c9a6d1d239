CREATE TABLE t (k String, v Int32) ENGINE = Memory;
INSERT INTO t VALUES ('a', 1), ('b', 2), ('a', 3), ('c', -1);
WITH agg AS (SELECT k, sum(v) AS s FROM t GROUP BY k) SELECT k, s FROM agg WHERE s > 0 ORDER BY s DESC;
WITH (SELECT max(v) FROM t) AS mx SELECT k FROM t WHERE v = mx;
WITH 2 AS two SELECT k, v * two FROM t WHERE v > 0 ORDER BY k, v;
