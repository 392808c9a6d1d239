-- reference: ClickHouse docs (modern)
CREATE TABLE sales (day Date, shop String, amount UInt32) ENGINE = MergeTree ORDER BY (shop, day);
INSERT INTO sales VALUES ('2024-01-01', 'a', 10), ('2024-01-02', 'a', 20), ('2024-01-03', 'a', 5), ('2024-01-01', 'b', 7), ('2024-01-02', 'b', 3);
SELECT shop, day, amount, sum(amount) OVER (PARTITION BY shop ORDER BY day) AS running, amount - lagInFrame(amount, 1, amount) OVER (PARTITION BY shop ORDER BY day) AS delta FROM sales ORDER BY shop, day;
SELECT shop, day, rank() OVER (PARTITION BY day ORDER BY amount DESC) AS r FROM sales WHERE amount > 4 ORDER BY day, shop;
