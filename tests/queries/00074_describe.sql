CREATE TABLE t (a UInt8, b String DEFAULT 'x', c UInt16 MATERIALIZED a * 2, d UInt16 ALIAS a + 1, e Nullable(String) COMMENT 'hello') ENGINE = Memory;
DESCRIBE TABLE t;
DESC t;
