-- reference: ClickHouse docs (modern, 25.8+: correlated subqueries)
-- A correlated scalar subquery over an outer row without matching inner rows gives what its aggregate gives
-- over no rows: count() and sum() 0, max() the type's default (0), avg() nan, maxOrNull() NULL.
DROP TABLE IF EXISTS customers;
DROP TABLE IF EXISTS orders;
CREATE TABLE customers (id UInt32, name String, region String) ENGINE = MergeTree ORDER BY id;
CREATE TABLE orders (id UInt32, customer UInt32, amount UInt64, status String) ENGINE = MergeTree ORDER BY id;
INSERT INTO customers VALUES (1, 'ann', 'eu'), (2, 'bob', 'us'), (3, 'cid', 'eu'), (4, 'dan', 'us'), (5, 'eve', 'ap');
INSERT INTO orders VALUES (10, 1, 100, 'paid'), (11, 1, 50, 'open'), (12, 2, 70, 'open'), (13, 3, 20, 'paid'), (14, 3, 30, 'paid'), (15, 9, 5, 'paid');
SELECT 'count in select';
SELECT number, (SELECT count() FROM numbers(10) AS u WHERE u.number % 3 = t.number) AS c FROM numbers(5) AS t ORDER BY number;
SELECT c.name, (SELECT count() FROM orders AS o WHERE o.customer = c.id) FROM customers AS c ORDER BY c.name;
SELECT 'sum max avg maxOrNull';
SELECT c.name, (SELECT sum(o.amount) FROM orders AS o WHERE o.customer = c.id) AS total, (SELECT max(o.amount) FROM orders AS o WHERE o.customer = c.id AND o.status = 'paid') AS top FROM customers AS c ORDER BY c.name;
SELECT number, (SELECT avg(u.number) FROM numbers(10) AS u WHERE u.number % 3 = t.number), (SELECT maxOrNull(u.number) FROM numbers(10) AS u WHERE u.number % 3 = t.number) FROM numbers(5) AS t ORDER BY number;
SELECT 'expression of aggregates, expression around the subquery';
SELECT c.id, (SELECT count() * 10 + sum(o.amount) FROM orders AS o WHERE o.customer = c.id) FROM customers AS c ORDER BY c.id;
SELECT c.id, c.id * 1000 + (SELECT count() FROM orders AS o WHERE o.customer = c.id AND o.amount > 25) FROM customers AS c ORDER BY c.id;
SELECT 'in where';
SELECT c.name FROM customers AS c WHERE (SELECT count() FROM orders AS o WHERE o.customer = c.id) >= 2 ORDER BY c.name;
SELECT c.name FROM customers AS c WHERE (SELECT sum(o.amount) FROM orders AS o WHERE o.customer = c.id) = 0 ORDER BY c.name;
SELECT o.id FROM orders AS o WHERE o.amount > (SELECT avg(p.amount) FROM orders AS p WHERE p.status = o.status) ORDER BY o.id;
SELECT 'outer-only condition, order by the subquery';
SELECT c.name, (SELECT count() FROM orders AS o WHERE o.customer = c.id AND c.region = 'eu') FROM customers AS c ORDER BY c.name;
SELECT c.name FROM customers AS c ORDER BY (SELECT sum(o.amount) FROM orders AS o WHERE o.customer = c.id), c.name;
SELECT 'aggregation over the outer rows';
SELECT sum((SELECT count() FROM orders AS o WHERE o.customer = c.id)) FROM customers AS c;
DROP TABLE customers;
DROP TABLE orders;
