SELECT true, false, toTypeName(true);
CREATE TABLE t (b Bool, v UInt8) ENGINE = Memory;
INSERT INTO t VALUES (true, 1), (false, 2), (1, 3), (0, 4);
SELECT b, v FROM t ORDER BY v;
SELECT countIf(b), count() FROM t;
SELECT toTypeName(b), CAST(b AS UInt8) FROM t WHERE v = 1;
SELECT CAST(1 AS Bool), CAST('true' AS Bool), toBool(0);
