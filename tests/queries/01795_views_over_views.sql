-- reference: ClickHouse 18.16
-- Views that read other views, with filters and aggregation at each level.
CREATE TABLE ev (day Date, user UInt32, kind String, n UInt32) ENGINE = MergeTree ORDER BY (day, user);
INSERT INTO ev VALUES ('2024-01-01', 1, 'click', 3), ('2024-01-01', 2, 'view', 10), ('2024-01-02', 1, 'view', 4);
INSERT INTO ev VALUES ('2024-01-02', 3, 'click', 1), ('2024-01-03', 2, 'click', 6), ('2024-01-03', 3, 'view', 2);
CREATE VIEW clicks AS SELECT day, user, n FROM ev WHERE kind = 'click';
CREATE VIEW clicks_per_day AS SELECT day, sum(n) AS total, count() AS users FROM clicks GROUP BY day;
CREATE VIEW busy_days AS SELECT day, total FROM clicks_per_day WHERE total > 2;
SELECT * FROM clicks ORDER BY day, user;
SELECT * FROM clicks_per_day ORDER BY day;
SELECT * FROM busy_days ORDER BY day;
SELECT sum(total) FROM busy_days;
SELECT day, total, users FROM clicks_per_day WHERE users = 1 ORDER BY day;
INSERT INTO ev VALUES ('2024-01-02', 4, 'click', 9);
SELECT * FROM busy_days ORDER BY day;
SELECT c.day, c.total, v.n FROM busy_days AS c ALL INNER JOIN (SELECT day, sum(n) AS n FROM ev WHERE kind = 'view' GROUP BY day) AS v USING day ORDER BY c.day;
