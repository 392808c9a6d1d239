CREATE TABLE t (s LowCardinality(String), v UInt32) ENGINE = Memory;
INSERT INTO t SELECT concat('k', toString(number % 4)), number FROM numbers(20);
SELECT s, sum(v) FROM t WHERE s IN ('k1', 'k3') GROUP BY s ORDER BY s;
SELECT count() FROM t WHERE s != 'k0';
SELECT s, count() FROM t WHERE s LIKE 'k%' GROUP BY s ORDER BY s DESC LIMIT 2;
SELECT uniqExact(s), max(s), min(s) FROM t;
