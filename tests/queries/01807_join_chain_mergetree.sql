-- reference: ClickHouse docs (modern); checked by hand (18.16 allows one JOIN per query)
-- Chains of three and four joins over MergeTree tables with several parts, INNER and LEFT mixed.
CREATE TABLE users (uid UInt32, name String, cid UInt32) ENGINE = MergeTree ORDER BY uid;
CREATE TABLE cities (cid UInt32, city String, country String) ENGINE = MergeTree ORDER BY cid;
CREATE TABLE orders (oid UInt32, uid UInt32, pid UInt32, qty UInt32) ENGINE = MergeTree ORDER BY oid;
CREATE TABLE products (pid UInt32, title String, price UInt32) ENGINE = MergeTree ORDER BY pid;
INSERT INTO users VALUES (1, 'ann', 100), (2, 'bob', 200);
INSERT INTO users VALUES (3, 'cy', 100), (4, 'di', 300);
INSERT INTO cities VALUES (100, 'oslo', 'no'), (200, 'rome', 'it');
INSERT INTO orders VALUES (1, 1, 7, 2), (2, 1, 8, 1), (3, 2, 7, 5);
INSERT INTO orders VALUES (4, 3, 9, 1), (5, 4, 8, 3), (6, 9, 7, 1);
INSERT INTO products VALUES (7, 'pen', 3), (8, 'ink', 10);
SELECT oid, name, title, qty * price FROM orders AS o INNER JOIN users AS u ON o.uid = u.uid INNER JOIN products AS p ON o.pid = p.pid ORDER BY oid;
SELECT oid, name, city, title FROM orders AS o INNER JOIN users AS u ON o.uid = u.uid INNER JOIN cities AS c ON u.cid = c.cid INNER JOIN products AS p ON o.pid = p.pid ORDER BY oid;
SELECT oid, name, city, title FROM orders AS o LEFT JOIN users AS u ON o.uid = u.uid LEFT JOIN cities AS c ON u.cid = c.cid LEFT JOIN products AS p ON o.pid = p.pid ORDER BY oid;
SELECT country, sum(qty * price) AS revenue FROM orders AS o INNER JOIN users AS u ON o.uid = u.uid INNER JOIN cities AS c ON u.cid = c.cid INNER JOIN products AS p ON o.pid = p.pid GROUP BY country ORDER BY country;
SELECT name, count(oid), sum(qty) FROM users AS u LEFT JOIN orders AS o ON u.uid = o.uid LEFT JOIN products AS p ON o.pid = p.pid GROUP BY name ORDER BY name;
SELECT u.name, c.city FROM users AS u INNER JOIN cities AS c USING (cid) INNER JOIN orders AS o USING (uid) WHERE o.pid = 8 ORDER BY u.name;
