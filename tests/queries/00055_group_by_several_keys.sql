CREATE TABLE sales (region String, product String, qty UInt32, price Float64) ENGINE = Memory;
INSERT INTO sales VALUES ('north', 'apple', 10, 1.5), ('north', 'pear', 5, 2), ('south', 'apple', 7, 1.5), ('north', 'apple', 3, 1.25), ('south', 'pear', 1, 2.5), ('south', 'apple', 2, 1);
SELECT region, product, sum(qty), count() FROM sales GROUP BY region, product ORDER BY region, product;
SELECT region, sum(qty * price) AS revenue FROM sales GROUP BY region ORDER BY revenue DESC;
SELECT product, min(price), max(price), avg(price) FROM sales GROUP BY product ORDER BY product;
SELECT region, uniqExact(product) FROM sales GROUP BY region ORDER BY region;
