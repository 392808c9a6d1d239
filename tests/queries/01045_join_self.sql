-- reference: ClickHouse 18.16
-- Self-joins with aliases.
CREATE TABLE emp (id UInt32, boss UInt32, name String) ENGINE = Memory;
INSERT INTO emp VALUES (1, 0, 'ceo'), (2, 1, 'cto'), (3, 1, 'cfo'), (4, 2, 'dev'), (5, 2, 'ops');
SELECT e.name, b.name FROM emp AS e ALL INNER JOIN emp AS b ON e.boss = b.id ORDER BY e.name;
SELECT e.name, b.name FROM emp AS e ALL LEFT JOIN emp AS b ON e.boss = b.id ORDER BY e.name;
SELECT b.name, count() FROM emp AS e ALL INNER JOIN emp AS b ON e.boss = b.id GROUP BY b.name ORDER BY b.name;
