-- reference: ClickHouse 18.16
-- Scalar subqueries in WHERE and in the SELECT list, over a MergeTree table.
CREATE TABLE m (k String, v UInt32) ENGINE = MergeTree ORDER BY k;
INSERT INTO m VALUES ('a', 10), ('b', 20), ('c', 30);
INSERT INTO m VALUES ('d', 40), ('e', 5);
SELECT k, v FROM m WHERE v > (SELECT avg(v) FROM m) ORDER BY k;
SELECT k, v, v - (SELECT min(v) FROM m) AS above_min FROM m ORDER BY k;
SELECT k, round(v / (SELECT sum(v) FROM m), 3) AS share FROM m ORDER BY k;
SELECT k FROM m WHERE v = (SELECT max(v) FROM m);
SELECT (SELECT count() FROM m WHERE v >= 20) AS big, (SELECT count() FROM m) AS all_rows;
SELECT k, v FROM m WHERE v BETWEEN (SELECT min(v) FROM m WHERE k > 'a') AND (SELECT max(v) FROM m WHERE k < 'd') ORDER BY k;
SELECT k FROM m WHERE k = (SELECT argMax(k, v) FROM m WHERE k != 'd');
