CREATE TABLE t (a UInt32, m UInt32 MATERIALIZED a * 10, al UInt32 ALIAS a + 1) ENGINE = Memory;
INSERT INTO t (a) VALUES (1), (2);
SELECT * FROM t ORDER BY a;
SELECT a, m, al FROM t ORDER BY a;
SELECT sum(m), sum(al) FROM t;
