CREATE TABLE t (id UInt8, t Tuple(UInt8, String), tn Tuple(Nullable(Int32), Array(String), Float32)) ENGINE = Memory;
INSERT INTO t VALUES (1, (0, ''), (NULL, [], 0)), (2, (255, 'abc'), (-5, ['x', 'yz'], 1.5)), (3, (7, 'Привет'), (2147483647, [''], -0.25));
