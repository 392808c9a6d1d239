CREATE TABLE t (n UInt64, s String) ENGINE = Memory;
INSERT INTO t SELECT number, toString(number % 100) FROM numbers(50000);
SELECT count(), sum(n), uniqExact(s) FROM t;
SELECT s, count() FROM t WHERE s IN ('0', '42', '99') GROUP BY s ORDER BY s;
SELECT n FROM t ORDER BY n DESC LIMIT 3;
