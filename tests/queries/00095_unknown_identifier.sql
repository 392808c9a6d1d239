CREATE TABLE t (a UInt8) ENGINE = Memory;
SELECT b FROM t; -- { serverError UNKNOWN_IDENTIFIER }
SELECT a FROM t WHERE c = 1; -- { serverError UNKNOWN_IDENTIFIER }
SELECT missing_column; -- { serverError UNKNOWN_IDENTIFIER }
SELECT number FROM numbers(1) ORDER BY nothing_here; -- { serverError UNKNOWN_IDENTIFIER }
SELECT 'done';
