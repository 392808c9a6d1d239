-- reference: ClickHouse 18.16
-- A ReplacingMergeTree read with FINAL (latest version per key) inside joins and aggregates, before and after OPTIMIZE.
CREATE TABLE users (uid UInt32, name String, ver UInt32) ENGINE = ReplacingMergeTree(ver) ORDER BY uid;
CREATE TABLE orders (oid UInt32, uid UInt32, amount UInt32) ENGINE = MergeTree ORDER BY oid;
INSERT INTO users VALUES (1, 'ann', 1), (2, 'bob', 1);
INSERT INTO users VALUES (1, 'anna', 2), (3, 'cy', 1);
INSERT INTO users VALUES (2, 'robert', 3), (2, 'bobby', 2);
INSERT INTO orders VALUES (10, 1, 5), (11, 2, 7), (12, 3, 1), (13, 1, 2);
SELECT uid, name, ver FROM users FINAL ORDER BY uid;
SELECT oid, name FROM orders ALL INNER JOIN (SELECT uid, name FROM users FINAL) USING uid ORDER BY oid;
SELECT name, sum(amount) FROM orders ALL INNER JOIN (SELECT uid, name FROM users FINAL) USING uid GROUP BY name ORDER BY name;
SELECT uid, argMax(name, ver), max(ver) FROM users GROUP BY uid ORDER BY uid;
OPTIMIZE TABLE users FINAL;
SELECT uid, name, ver FROM users ORDER BY uid;
SELECT count() FROM users;
