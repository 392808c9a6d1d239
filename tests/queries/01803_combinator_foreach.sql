-- reference: ClickHouse 18.16
-- -ForEach aggregates arrays element by element (positions past a shorter array are skipped).
CREATE TABLE t (g UInt8, v Array(UInt32)) ENGINE = MergeTree ORDER BY g;
INSERT INTO t VALUES (1, [1, 2, 3]), (1, [10, 20]), (2, [5]);
INSERT INTO t VALUES (2, [1, 1, 1, 1]), (2, []);
SELECT g, sumForEach(v), maxForEach(v), minForEach(v) FROM t GROUP BY g ORDER BY g;
SELECT g, countForEach(v) FROM t GROUP BY g ORDER BY g;
SELECT sumForEach(v), avgForEach(v) FROM t;
SELECT sumForEach(arr) FROM (SELECT [number, number * 10] AS arr FROM numbers(5));
SELECT g, uniqExactForEach(v) FROM t GROUP BY g ORDER BY g;
