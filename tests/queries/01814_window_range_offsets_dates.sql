-- reference: ClickHouse docs (modern); window functions are not in 18.16
-- RANGE frames with value offsets over integer and Date order keys: peers share a frame, gaps shrink it.
CREATE TABLE d (day Date, n UInt32, amount Int32) ENGINE = MergeTree ORDER BY day;
INSERT INTO d VALUES ('2024-01-01', 1, 10), ('2024-01-02', 2, 20), ('2024-01-02', 2, 5);
INSERT INTO d VALUES ('2024-01-05', 5, 1), ('2024-01-06', 6, 100), ('2024-01-10', 10, 3);
SELECT day, amount, sum(amount) OVER (ORDER BY day RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM d ORDER BY day, amount;
SELECT n, amount, sum(amount) OVER (ORDER BY n RANGE BETWEEN 3 PRECEDING AND 3 FOLLOWING) FROM d ORDER BY n, amount;
SELECT n, amount, count() OVER (ORDER BY n RANGE BETWEEN CURRENT ROW AND 4 FOLLOWING) FROM d ORDER BY n, amount;
SELECT n, amount, sum(amount) OVER (ORDER BY n RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) FROM d ORDER BY n, amount;
SELECT n, amount, max(amount) OVER (ORDER BY n DESC RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) FROM d ORDER BY n, amount;
SELECT n, amount, sum(amount) OVER (ORDER BY n RANGE BETWEEN 5 PRECEDING AND 1 PRECEDING) FROM d ORDER BY n, amount;
