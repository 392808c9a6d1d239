-- reference: ClickHouse docs (modern)
-- INNER joins build the smaller table; results do not depend on which side is built.
CREATE TABLE small (k UInt32, s String) ENGINE = Memory;
CREATE TABLE large (k UInt32, v UInt32) ENGINE = Memory;
INSERT INTO small VALUES (1, 'one'), (5, 'five'), (7, 'seven');
INSERT INTO large SELECT number % 10, number FROM numbers(100);
SELECT s, count(), sum(v) FROM small JOIN large USING k GROUP BY s ORDER BY s;
SELECT s, count(), sum(v) FROM large JOIN small USING k GROUP BY s ORDER BY s;
SELECT s, count() FROM small LEFT JOIN large USING k GROUP BY s ORDER BY s;
SELECT count() FROM large RIGHT JOIN small USING k;
