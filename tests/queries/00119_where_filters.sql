CREATE TABLE t (a Int32, b String) ENGINE = Memory;
INSERT INTO t VALUES (1, 'x'), (2, 'y'), (3, 'x'), (-4, 'z');
SELECT a FROM t WHERE b = 'x' ORDER BY a;
SELECT a FROM t WHERE a > 0 AND b != 'x' ORDER BY a;
SELECT a FROM t WHERE a < 0 OR b = 'y' ORDER BY a;
SELECT a FROM t WHERE NOT (a > 1) ORDER BY a;
SELECT a FROM t WHERE 1 ORDER BY a;
SELECT a FROM t WHERE 0;
SELECT count() FROM t WHERE b LIKE '%';
