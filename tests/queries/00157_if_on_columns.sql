CREATE TABLE t (x Int32) ENGINE = Memory;
INSERT INTO t VALUES (-2), (0), (5);
SELECT x, if(x > 0, 'pos', if(x < 0, 'neg', 'zero')), multiIf(x > 0, 1, x < 0, -1, 0), x > 0 ? 'p' : 'np' FROM t ORDER BY x;
SELECT sum(if(x > 0, x, 0)), sum(x > 0) FROM t;
