CREATE TABLE t (id UInt8, u UUID) ENGINE = Memory;
INSERT INTO t VALUES (1, '00000000-0000-0000-0000-000000000000'), (2, '61f0c404-5cb3-11e7-907b-a6006ad3dba0'), (3, 'ffffffff-ffff-ffff-ffff-ffffffffffff'), (4, '01234567-89ab-cdef-0123-456789abcdef');
