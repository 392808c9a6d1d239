CREATE TABLE t (id UInt8, n Nullable(UInt32), ns Nullable(String), nf Nullable(Float64), nd Nullable(Date)) ENGINE = Memory;
INSERT INTO t VALUES (1, NULL, NULL, NULL, NULL), (2, 7, 'seven', 7.5, '2019-01-07'), (3, 0, '', 0, '1970-01-01'), (4, NULL, 'x', NULL, '2000-01-01');
