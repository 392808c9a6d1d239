-- reference: ClickHouse docs (modern); -OrNull/-OrDefault are not in 18.16
-- -OrNull and -OrDefault: what an aggregate returns for an empty group, alone and stacked on -If.
CREATE TABLE t (g String, x Int32) ENGINE = MergeTree ORDER BY g;
INSERT INTO t VALUES ('a', 1), ('a', 5), ('b', -2);
INSERT INTO t VALUES ('c', 0);
SELECT sumOrNull(x), avgOrNull(x), maxOrNull(x) FROM t WHERE x > 100;
SELECT sumOrDefault(x), avgOrDefault(x), maxOrDefault(x) FROM t WHERE x > 100;
SELECT g, sumOrNullIf(x, x > 0), maxOrNullIf(x, x > 0), avgOrDefaultIf(x, x > 0) FROM t GROUP BY g ORDER BY g;
SELECT toTypeName(sumOrNull(x)), toTypeName(avgOrDefault(x)), toTypeName(countOrNull()) FROM t;
SELECT g, uniqOrNull(x), countOrNull(x) FROM t WHERE x != 5 GROUP BY g ORDER BY g;
SELECT minOrNull(x), sumOrNull(x) FROM t;
SELECT argMaxOrNull(g, x) FROM t WHERE x < -10;
