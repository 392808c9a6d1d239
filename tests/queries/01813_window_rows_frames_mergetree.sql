-- reference: ClickHouse docs (modern); window functions are not in 18.16
-- ROWS frames with offsets (moving sums and averages) per partition over a MergeTree table with several parts.
CREATE TABLE m (sensor String, ts UInt32, v Int64) ENGINE = MergeTree ORDER BY (sensor, ts);
INSERT INTO m VALUES ('a', 1, 10), ('a', 2, 20), ('a', 3, 30);
INSERT INTO m VALUES ('a', 4, 40), ('b', 1, 5), ('b', 2, 7);
INSERT INTO m VALUES ('a', 5, 50), ('b', 3, 9), ('b', 4, 11);
SELECT sensor, ts, sum(v) OVER (PARTITION BY sensor ORDER BY ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM m ORDER BY sensor, ts;
SELECT sensor, ts, sum(v) OVER (PARTITION BY sensor ORDER BY ts ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM m ORDER BY sensor, ts;
SELECT sensor, ts, avg(v) OVER (PARTITION BY sensor ORDER BY ts ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM m ORDER BY sensor, ts;
SELECT sensor, ts, sum(v) OVER (PARTITION BY sensor ORDER BY ts ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) FROM m ORDER BY sensor, ts;
SELECT sensor, ts, max(v) OVER (PARTITION BY sensor ORDER BY ts ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING) FROM m ORDER BY sensor, ts;
SELECT sensor, ts, count() OVER (PARTITION BY sensor ORDER BY ts ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING) FROM m ORDER BY sensor, ts;
SELECT ts, sum(v) OVER (ORDER BY ts, sensor ROWS 2 PRECEDING) FROM m WHERE sensor = 'a' ORDER BY ts;
