-- reference: ClickHouse docs (modern); -Distinct is not in 18.16
-- The -Distinct combinator: each distinct argument value is aggregated once.
CREATE TABLE t (g String, x UInt32, y UInt32) ENGINE = MergeTree ORDER BY g;
INSERT INTO t VALUES ('a', 1, 10), ('a', 1, 10), ('a', 2, 20);
INSERT INTO t VALUES ('b', 3, 30), ('b', 3, 31), ('b', 3, 30);
SELECT g, sum(x), sumDistinct(x), countDistinct(x), avgDistinct(x) FROM t GROUP BY g ORDER BY g;
SELECT sumDistinct(x), countDistinct(x, y), count(DISTINCT x), sum(DISTINCT y) FROM t;
SELECT g, arraySort(groupArrayDistinct(y)), arraySort(groupUniqArray(x)) FROM t GROUP BY g ORDER BY g;
SELECT g, sumDistinctIf(y, y > 10) FROM t GROUP BY g ORDER BY g;
SELECT avg(DISTINCT x), max(DISTINCT y) FROM t;
