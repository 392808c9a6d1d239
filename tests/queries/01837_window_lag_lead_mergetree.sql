-- reference: ClickHouse docs (modern); window functions are not in 18.16
-- lagInFrame / leadInFrame / nth_value per partition over a MergeTree table: deltas between consecutive readings.
CREATE TABLE r (meter String, day Date, reading UInt32) ENGINE = MergeTree ORDER BY (meter, day);
INSERT INTO r VALUES ('m1', '2024-01-01', 100), ('m1', '2024-01-02', 130);
INSERT INTO r VALUES ('m1', '2024-01-04', 180), ('m2', '2024-01-01', 50), ('m2', '2024-01-03', 55);
INSERT INTO r VALUES ('m2', '2024-01-02', 52), ('m3', '2024-01-01', 7);
SELECT meter, day, reading, lagInFrame(reading) OVER w AS prev, reading - prev FROM r WINDOW w AS (PARTITION BY meter ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) ORDER BY meter, day;
SELECT meter, day, leadInFrame(day) OVER (PARTITION BY meter ORDER BY day ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) AS next_day FROM r ORDER BY meter, day;
SELECT meter, day, lagInFrame(reading, 2, 0) OVER (PARTITION BY meter ORDER BY day ROWS BETWEEN 2 PRECEDING AND CURRENT ROW) FROM r ORDER BY meter, day;
SELECT meter, day, nth_value(reading, 2) OVER (PARTITION BY meter ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) FROM r ORDER BY meter, day;
SELECT meter, max(delta) FROM (SELECT meter, reading - lagInFrame(reading, 1, reading) OVER (PARTITION BY meter ORDER BY day ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS delta FROM r) GROUP BY meter ORDER BY meter;
