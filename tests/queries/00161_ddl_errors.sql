CREATE TABLE t (a UInt8, a String) ENGINE = Memory; -- { serverError DUPLICATE_COLUMN }
CREATE TABLE t (a NoSuchType) ENGINE = Memory; -- { serverError UNKNOWN_TYPE }
CREATE TABLE t (a UInt8) ENGINE = NoSuchEngine; -- { serverError UNKNOWN_STORAGE }
CREATE TABLE t (a UInt8) ENGINE = Memory;
INSERT INTO t (nope) VALUES (1); -- { serverError NO_SUCH_COLUMN_IN_TABLE }
SELECT count() FROM t;
