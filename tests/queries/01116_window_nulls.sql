-- reference: ClickHouse docs (modern)
CREATE TABLE t (g Nullable(String), x Nullable(Int64)) ENGINE = Memory;
INSERT INTO t VALUES ('a', 1), ('a', NULL), (NULL, 5), (NULL, 6), ('b', NULL), ('a', 3);
SELECT g, x, row_number() OVER (PARTITION BY g ORDER BY x) AS rn, sum(x) OVER (PARTITION BY g) AS s FROM t ORDER BY g, x;
SELECT g, x, count(x) OVER (PARTITION BY g) AS c, count() OVER (PARTITION BY g) AS c2 FROM t ORDER BY g, x;
SELECT x, rank() OVER (ORDER BY x NULLS FIRST) AS r FROM t ORDER BY x NULLS FIRST, g;
