-- reference: ClickHouse 18.16
DROP TABLE IF EXISTS sales;
CREATE TABLE sales (region String, product String, amount UInt32) ENGINE = Memory;
INSERT INTO sales VALUES ('east', 'apple', 10), ('east', 'pear', 20), ('west', 'apple', 5), ('west', 'apple', 7), ('west', 'plum', 1);
SELECT region, product, sum(amount), count() FROM sales GROUP BY region, product WITH CUBE ORDER BY region, product, count();
SELECT number % 2 AS a, number % 3 AS b, count() FROM numbers(12) GROUP BY a, b WITH CUBE ORDER BY a, b, count();
SELECT number % 2 AS a, max(number) FROM numbers(10) GROUP BY a WITH CUBE ORDER BY a, max(number);
DROP TABLE sales;
