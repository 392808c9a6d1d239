CREATE TABLE t (a UInt8, b Float32, c String, d Date) ENGINE = Memory;
INSERT INTO t SELECT 300, 1, 42, '2024-03-01';
INSERT INTO t VALUES (1 + 1, 2.5, 'x', '2024-01-02');
SELECT a, b, c, d FROM t ORDER BY a;
