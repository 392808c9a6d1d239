-- reference: ClickHouse 18.16
-- IN / NOT IN subqueries that read filtered tables, single columns and tuples.
CREATE TABLE emp (id UInt32, dept String, salary UInt32, boss UInt32) ENGINE = MergeTree ORDER BY id;
CREATE TABLE depts (dept String, city String) ENGINE = MergeTree ORDER BY dept;
INSERT INTO emp VALUES (1, 'eng', 300, 0), (2, 'eng', 200, 1), (3, 'ops', 150, 1);
INSERT INTO emp VALUES (4, 'ops', 120, 3), (5, 'hr', 100, 1), (6, 'eng', 250, 2);
INSERT INTO depts VALUES ('eng', 'oslo'), ('ops', 'rome'), ('hr', 'oslo');
SELECT id FROM emp WHERE dept IN (SELECT dept FROM depts WHERE city = 'oslo') ORDER BY id;
SELECT id FROM emp WHERE dept NOT IN (SELECT dept FROM depts WHERE city = 'oslo') ORDER BY id;
SELECT id FROM emp WHERE id IN (SELECT boss FROM emp) ORDER BY id;
SELECT id FROM emp WHERE id NOT IN (SELECT boss FROM emp) ORDER BY id;
SELECT id, salary FROM emp WHERE (dept, salary) IN (SELECT dept, max(salary) FROM emp GROUP BY dept) ORDER BY id;
SELECT dept, count() FROM emp WHERE boss IN (SELECT id FROM emp WHERE dept = 'eng') GROUP BY dept ORDER BY dept;
SELECT id, dept IN (SELECT dept FROM depts WHERE city = 'rome') AS in_rome FROM emp ORDER BY id;
SELECT count() FROM emp WHERE salary > 100 AND id IN (SELECT id FROM emp WHERE salary < 260);
