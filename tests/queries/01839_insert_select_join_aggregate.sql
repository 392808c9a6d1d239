-- reference: ClickHouse 18.16
-- INSERT ... SELECT from a join with aggregation into a MergeTree table, then reading it back and appending more.
CREATE TABLE clicks (uid UInt32, day Date, n UInt32) ENGINE = MergeTree ORDER BY (uid, day);
CREATE TABLE users (uid UInt32, country String) ENGINE = MergeTree ORDER BY uid;
CREATE TABLE daily (day Date, country String, clicks UInt64, users UInt64) ENGINE = MergeTree ORDER BY (day, country);
INSERT INTO clicks VALUES (1, '2024-01-01', 3), (2, '2024-01-01', 1), (3, '2024-01-01', 4);
INSERT INTO clicks VALUES (1, '2024-01-02', 2), (3, '2024-01-02', 5), (4, '2024-01-02', 9);
INSERT INTO users VALUES (1, 'de'), (2, 'fr'), (3, 'de');
INSERT INTO daily SELECT day, country, sum(n), uniqExact(uid) FROM clicks ALL INNER JOIN users USING uid GROUP BY day, country;
SELECT * FROM daily ORDER BY day, country;
INSERT INTO daily SELECT day, 'unknown', sum(n), count() FROM clicks WHERE uid NOT IN (SELECT uid FROM users) GROUP BY day;
SELECT * FROM daily ORDER BY day, country;
SELECT country, sum(clicks), max(users) FROM daily GROUP BY country ORDER BY country;
SELECT count() FROM daily;
