-- SummingMergeTree combines a SimpleAggregateFunction column with its function instead of summing it
-- (ClickHouse 21.1+, PR 18637); such a row is never dropped as all-zero. Columns outside the list of
-- columns to sum keep the first row's value.
-- ClickHouse 18.16 lacks the type; the expected output follows modern ClickHouse.
CREATE TABLE s (k UInt32, v Int64, mx SimpleAggregateFunction(max, UInt64), last SimpleAggregateFunction(anyLast, Nullable(String)), note String) ENGINE = SummingMergeTree ORDER BY k;
INSERT INTO s VALUES (1, 1, 5, 'a', 'first');
INSERT INTO s VALUES (1, 2, 3, NULL, 'second');
INSERT INTO s VALUES (2, 1, 0, NULL, 'x');
INSERT INTO s VALUES (2, -1, 0, NULL, 'y');
SELECT * FROM s FINAL ORDER BY k;
OPTIMIZE TABLE s FINAL;
SELECT * FROM s ORDER BY k;

-- with an explicit list, an unlisted SimpleAggregateFunction column keeps the first row's value,
-- and a key whose listed sums are all zero disappears
CREATE TABLE s2 (k UInt32, v Int64, mx SimpleAggregateFunction(max, UInt64)) ENGINE = SummingMergeTree(v) ORDER BY k;
INSERT INTO s2 VALUES (1, 1, 5);
INSERT INTO s2 VALUES (1, 2, 9);
INSERT INTO s2 VALUES (2, 1, 1);
INSERT INTO s2 VALUES (2, -1, 2);
SELECT * FROM s2 FINAL ORDER BY k;

-- listed, it is combined with max, not summed
CREATE TABLE s3 (k UInt32, v Int64, mx SimpleAggregateFunction(max, UInt64)) ENGINE = SummingMergeTree((v, mx)) ORDER BY k;
INSERT INTO s3 VALUES (1, 1, 5);
INSERT INTO s3 VALUES (1, 2, 9);
INSERT INTO s3 VALUES (1, 3, 7);
OPTIMIZE TABLE s3 FINAL;
SELECT * FROM s3;
