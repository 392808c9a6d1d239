DESCRIBE (SELECT 1 AS x, 'a' AS y, [1] AS z);
DESCRIBE TABLE numbers(3);
CREATE TABLE t (a UInt8, n Nullable(String)) ENGINE = Memory;
DESCRIBE (SELECT a + 1 AS b, n FROM t);
