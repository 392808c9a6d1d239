CREATE TABLE t (a UInt32, s String) ENGINE = Memory;
SELECT * FROM t;
SELECT count(), sum(a), max(s) FROM t;
SELECT a, count() FROM t GROUP BY a;
SELECT a FROM t ORDER BY a LIMIT 10;
SELECT 'end';
