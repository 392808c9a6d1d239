-- reference: ClickHouse docs (modern); window functions are not in 18.16
-- Aggregates as window functions over PARTITION BY on a MergeTree table, mixed with GROUP BY and filters.
CREATE TABLE sales (region String, shop String, month UInt8, revenue UInt32) ENGINE = MergeTree ORDER BY (region, shop, month);
INSERT INTO sales VALUES ('eu', 'p', 1, 100), ('eu', 'p', 2, 150), ('eu', 'q', 1, 80);
INSERT INTO sales VALUES ('eu', 'q', 2, 40), ('us', 'r', 1, 300), ('us', 's', 1, 10), ('us', 's', 2, 20);
SELECT region, shop, month, revenue, sum(revenue) OVER (PARTITION BY region) AS region_total, round(revenue / region_total, 3) FROM sales ORDER BY region, shop, month;
SELECT region, shop, month, revenue - avg(revenue) OVER (PARTITION BY region, month) AS vs_avg FROM sales ORDER BY region, shop, month;
SELECT region, shop, sum(revenue) AS total, rank() OVER (PARTITION BY region ORDER BY sum(revenue) DESC) AS r FROM sales GROUP BY region, shop ORDER BY region, r;
SELECT region, shop, month, min(revenue) OVER (PARTITION BY shop), max(revenue) OVER (PARTITION BY shop), count() OVER (PARTITION BY region) FROM sales ORDER BY region, shop, month;
SELECT shop, month, revenue, sum(revenue) OVER (PARTITION BY shop ORDER BY month) AS running FROM sales WHERE region = 'eu' ORDER BY shop, month;
SELECT month, sum(revenue) AS total, sum(sum(revenue)) OVER (ORDER BY month) AS cumulative FROM sales GROUP BY month ORDER BY month;
SELECT region, shop, month FROM (SELECT region, shop, month, revenue, max(revenue) OVER (PARTITION BY region) AS top FROM sales) WHERE revenue = top ORDER BY region;
