-- reference: ClickHouse 18.16
DROP TABLE IF EXISTS sales;
CREATE TABLE sales (region String, product String, amount UInt32) ENGINE = Memory;
INSERT INTO sales VALUES ('east', 'apple', 10), ('east', 'pear', 20), ('west', 'apple', 5), ('west', 'apple', 7), ('west', 'plum', 1);
SELECT region, product, sum(amount) FROM sales GROUP BY region, product WITH ROLLUP ORDER BY region, product, sum(amount);
SELECT region, count() FROM sales GROUP BY region WITH ROLLUP ORDER BY region, count();
SELECT number % 2 AS a, number % 3 AS b, count(), sum(number) FROM numbers(12) GROUP BY a, b WITH ROLLUP ORDER BY a, b, count();
DROP TABLE sales;
