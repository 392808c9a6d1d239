-- reference: ClickHouse 18.16
-- Joins on two key columns (USING and ON) over MergeTree tables with several parts.
CREATE TABLE stock (shop String, item UInt32, qty Int32) ENGINE = MergeTree ORDER BY (shop, item);
CREATE TABLE prices (shop String, item UInt32, price Float64) ENGINE = MergeTree ORDER BY (shop, item);
INSERT INTO stock VALUES ('a', 1, 5), ('a', 2, 0);
INSERT INTO stock VALUES ('b', 1, 7), ('b', 3, 2);
INSERT INTO prices VALUES ('a', 1, 1.5), ('b', 1, 1.25);
INSERT INTO prices VALUES ('a', 2, 4), ('b', 2, 9), ('c', 1, 3);
SELECT shop, item, qty, price FROM stock ALL INNER JOIN prices USING (shop, item) ORDER BY shop, item;
SELECT shop, item, qty, price, qty * price AS value FROM stock ALL LEFT JOIN prices USING (shop, item) ORDER BY shop, item;
SELECT shop, item, qty, price FROM stock ALL FULL JOIN prices USING (shop, item) ORDER BY shop, item;
SELECT shop, sum(qty * price) FROM stock ALL INNER JOIN prices USING (shop, item) GROUP BY shop ORDER BY shop;
SELECT stock.shop, stock.item, price FROM stock ALL INNER JOIN prices ON stock.shop = prices.shop AND stock.item = prices.item ORDER BY stock.shop, stock.item;
