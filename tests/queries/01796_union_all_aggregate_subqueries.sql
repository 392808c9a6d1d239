-- reference: ClickHouse 18.16
-- UNION ALL of aggregating subqueries, aggregated again outside.
CREATE TABLE a (g String, x UInt32) ENGINE = MergeTree ORDER BY g;
CREATE TABLE b (g String, x UInt32) ENGINE = MergeTree ORDER BY g;
INSERT INTO a VALUES ('p', 1), ('q', 2), ('p', 3);
INSERT INTO b VALUES ('q', 10), ('r', 20);
INSERT INTO b VALUES ('p', 100);
SELECT g, s FROM (SELECT g, sum(x) AS s FROM a GROUP BY g UNION ALL SELECT g, sum(x) AS s FROM b GROUP BY g) ORDER BY g, s;
SELECT g, sum(s) FROM (SELECT g, sum(x) AS s FROM a GROUP BY g UNION ALL SELECT g, sum(x) AS s FROM b GROUP BY g) GROUP BY g ORDER BY g;
SELECT src, count(), sum(x) FROM (SELECT 'a' AS src, x FROM a UNION ALL SELECT 'b' AS src, x FROM b) GROUP BY src ORDER BY src;
SELECT g FROM (SELECT g FROM a UNION ALL SELECT g FROM b) GROUP BY g HAVING count() > 1 ORDER BY g;
SELECT max(x), min(x) FROM (SELECT x FROM a WHERE g = 'p' UNION ALL SELECT x FROM b WHERE g = 'p');
