DROP DATABASE IF EXISTS corpus_00142_other;
CREATE DATABASE corpus_00142_other;
USE corpus_00142_other;
SELECT currentDatabase();
CREATE TABLE t (a UInt8) ENGINE = Memory;
SHOW TABLES;
DROP DATABASE corpus_00142_other;
