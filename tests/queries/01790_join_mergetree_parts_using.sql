-- reference: ClickHouse 18.16
-- Joins USING over MergeTree tables whose rows sit in several parts (one INSERT each).
CREATE TABLE orders (oid UInt32, cust UInt32, amount UInt32) ENGINE = MergeTree ORDER BY oid;
CREATE TABLE customers (cust UInt32, name String, region String) ENGINE = MergeTree ORDER BY cust;
INSERT INTO orders VALUES (1, 10, 100), (2, 11, 50);
INSERT INTO orders VALUES (3, 10, 25), (4, 12, 75);
INSERT INTO orders VALUES (5, 13, 5), (6, 11, 60);
INSERT INTO customers VALUES (10, 'ann', 'north');
INSERT INTO customers VALUES (11, 'bob', 'south'), (12, 'cat', 'north');
INSERT INTO customers VALUES (14, 'dan', 'east');
SELECT oid, cust, name, amount FROM orders ALL INNER JOIN customers USING cust ORDER BY oid;
SELECT oid, cust, name, region, amount FROM orders ALL LEFT JOIN customers USING cust ORDER BY oid;
SELECT cust, name, oid FROM orders ALL RIGHT JOIN customers USING cust ORDER BY cust, oid;
SELECT cust, name, oid FROM orders ALL FULL JOIN customers USING cust ORDER BY cust, oid;
SELECT region, count(), sum(amount) FROM orders ALL INNER JOIN customers USING cust GROUP BY region ORDER BY region;
SELECT name, sum(amount) AS total FROM orders ALL LEFT JOIN customers USING cust GROUP BY name ORDER BY total DESC, name;
SELECT count() FROM orders ALL INNER JOIN customers USING cust WHERE amount > 30;
