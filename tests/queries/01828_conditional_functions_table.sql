-- reference: ClickHouse 18.16
-- if, multiIf, CASE and transform over table columns, including in GROUP BY keys and aggregates.
CREATE TABLE t (id UInt32, score Int32, grade String) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, 95, 'a'), (2, 71, 'c'), (3, 50, 'f');
INSERT INTO t VALUES (4, 85, 'b'), (5, -1, ''), (6, 71, 'c');
SELECT id, if(score >= 70, 'pass', 'fail'), multiIf(score >= 90, 'top', score >= 70, 'mid', score >= 0, 'low', 'invalid') FROM t ORDER BY id;
SELECT id, CASE grade WHEN 'a' THEN 4 WHEN 'b' THEN 3 WHEN 'c' THEN 2 ELSE 0 END AS pts FROM t ORDER BY id;
SELECT id, CASE WHEN score > 80 THEN score * 2 WHEN score > 60 THEN score ELSE 0 END FROM t ORDER BY id;
SELECT id, transform(grade, ['a', 'b', 'c'], ['excellent', 'good', 'ok'], 'other'), transform(score, [71, 95], [1, 2], 0) FROM t ORDER BY id;
SELECT multiIf(score >= 90, 'top', score >= 70, 'mid', 'low') AS band, count(), sum(score) FROM t GROUP BY band ORDER BY band;
SELECT sum(if(grade = 'c', 1, 0)), sum(if(score < 0, 0, score)), countIf(grade = '') FROM t;
SELECT id, if(grade = '', NULL, grade) AS g, isNull(g) FROM t ORDER BY id;
SELECT id, greatest(score, 60), least(score, 80) FROM t ORDER BY id;
