-- reference: ClickHouse 18.16
-- Joins of subqueries that aggregate, over MergeTree tables with several parts.
CREATE TABLE visits (uid UInt32, page String, ms UInt32) ENGINE = MergeTree ORDER BY uid;
CREATE TABLE buys (uid UInt32, total UInt32) ENGINE = MergeTree ORDER BY uid;
INSERT INTO visits VALUES (1, 'home', 30), (1, 'cart', 10), (2, 'home', 5);
INSERT INTO visits VALUES (3, 'home', 7), (3, 'item', 20), (3, 'cart', 9), (4, 'item', 1);
INSERT INTO buys VALUES (1, 100), (3, 40);
INSERT INTO buys VALUES (3, 60), (5, 1);
SELECT uid, pages, spent FROM (SELECT uid, count() AS pages FROM visits GROUP BY uid) ALL INNER JOIN (SELECT uid, sum(total) AS spent FROM buys GROUP BY uid) USING uid ORDER BY uid;
SELECT uid, pages, time_ms, spent FROM (SELECT uid, count() AS pages, sum(ms) AS time_ms FROM visits GROUP BY uid) ALL LEFT JOIN (SELECT uid, sum(total) AS spent FROM buys GROUP BY uid) USING uid ORDER BY uid;
SELECT uid, pages, spent FROM (SELECT uid, count() AS pages FROM visits GROUP BY uid) ALL FULL JOIN (SELECT uid, sum(total) AS spent FROM buys GROUP BY uid) USING uid ORDER BY uid;
SELECT spent > 0 AS buyer, count(), sum(pages) FROM (SELECT uid, count() AS pages FROM visits GROUP BY uid) ALL LEFT JOIN (SELECT uid, sum(total) AS spent FROM buys GROUP BY uid) USING uid GROUP BY buyer ORDER BY buyer;
SELECT page, uniqExact(uid), sum(spent) FROM visits ALL INNER JOIN (SELECT uid, sum(total) AS spent FROM buys GROUP BY uid) USING uid GROUP BY page ORDER BY page;
