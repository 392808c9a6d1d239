CREATE TABLE t (id UInt8, e8 Enum8('a' = 1, 'b' = -2, 'c' = 127), e16 Enum16('x' = 1000, 'y' = -1000, 'z' = 1)) ENGINE = Memory;
INSERT INTO t VALUES (1, 'a', 'x'), (2, 'b', 'y'), (3, 'c', 'z');
