-- reference: ClickHouse 18.16, except LIMIT m, n BY (not in 18.16: modern docs, checked by hand)
-- LIMIT n BY over joined and aggregated rows: the top rows of each group.
CREATE TABLE products (pid UInt32, cat String) ENGINE = MergeTree ORDER BY pid;
CREATE TABLE sales (pid UInt32, qty UInt32) ENGINE = MergeTree ORDER BY pid;
INSERT INTO products VALUES (1, 'food'), (2, 'food'), (3, 'food');
INSERT INTO products VALUES (4, 'toys'), (5, 'toys'), (6, 'books');
INSERT INTO sales VALUES (1, 5), (2, 9), (3, 1), (4, 7);
INSERT INTO sales VALUES (5, 7), (1, 6), (6, 2), (2, 1);
SELECT cat, pid, sum(qty) AS total FROM sales ALL INNER JOIN products USING pid GROUP BY cat, pid ORDER BY cat, total DESC, pid LIMIT 2 BY cat;
SELECT cat, pid, sum(qty) AS total FROM sales ALL INNER JOIN products USING pid GROUP BY cat, pid ORDER BY cat, total DESC, pid LIMIT 1 BY cat;
SELECT cat, pid, qty FROM sales ALL INNER JOIN products USING pid ORDER BY cat, qty DESC, pid LIMIT 1, 1 BY cat;
SELECT cat, pid, sum(qty) AS total FROM sales ALL INNER JOIN products USING pid GROUP BY cat, pid ORDER BY cat, total DESC, pid LIMIT 2 BY cat LIMIT 3;
SELECT pid, qty FROM sales ORDER BY pid, qty LIMIT 1 BY pid;
