CREATE TABLE t (id UInt8, l LowCardinality(String), ln LowCardinality(Nullable(String))) ENGINE = Memory;
INSERT INTO t VALUES (1, 'a', NULL), (2, 'b', 'x'), (3, 'a', 'y'), (4, '', NULL), (5, 'b', 'x');
