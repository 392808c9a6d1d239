-- reference: ClickHouse docs (modern, 25.8+: correlated subqueries)
DROP TABLE IF EXISTS customers;
DROP TABLE IF EXISTS orders;
CREATE TABLE customers (id UInt32, name String, region String) ENGINE = MergeTree ORDER BY id;
CREATE TABLE orders (id UInt32, customer UInt32, amount UInt64, status String) ENGINE = MergeTree ORDER BY id;
INSERT INTO customers VALUES (1, 'ann', 'eu'), (2, 'bob', 'us'), (3, 'cid', 'eu'), (4, 'dan', 'us'), (5, 'eve', 'ap');
INSERT INTO orders VALUES (10, 1, 100, 'paid'), (11, 1, 50, 'open'), (12, 2, 70, 'open'), (13, 3, 20, 'paid'), (14, 3, 30, 'paid'), (15, 9, 5, 'paid');
SELECT 'in';
SELECT number FROM numbers(6) AS t WHERE number IN (SELECT u.number * 2 FROM numbers(10) AS u WHERE u.number % 2 = t.number % 2) ORDER BY number;
SELECT o.id FROM orders AS o WHERE o.amount IN (SELECT p.amount FROM orders AS p WHERE p.customer = o.customer AND p.status = 'paid') ORDER BY o.id;
SELECT 'not in';
SELECT number FROM numbers(6) AS t WHERE number NOT IN (SELECT u.number * 2 FROM numbers(10) AS u WHERE u.number % 2 = t.number % 2) ORDER BY number;
SELECT o.id FROM orders AS o WHERE o.amount NOT IN (SELECT p.amount FROM orders AS p WHERE p.customer = o.customer AND p.status = 'paid') ORDER BY o.id;
SELECT 'in with exists';
SELECT c.name FROM customers AS c WHERE 'paid' IN (SELECT o.status FROM orders AS o WHERE o.customer = c.id) AND EXISTS (SELECT 1 FROM orders AS o WHERE o.customer = c.id AND o.status = 'open') ORDER BY c.name;
DROP TABLE customers;
DROP TABLE orders;
