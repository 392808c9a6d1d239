CREATE TABLE t (age UInt8) ENGINE = Memory;
INSERT INTO t VALUES (5), (17), (18), (42), (70);
SELECT age, CASE WHEN age < 18 THEN 'minor' WHEN age < 65 THEN 'adult' ELSE 'senior' END AS grp FROM t ORDER BY age;
SELECT CASE WHEN age < 18 THEN 'minor' ELSE 'adult' END AS g, count() FROM t GROUP BY g ORDER BY g;
