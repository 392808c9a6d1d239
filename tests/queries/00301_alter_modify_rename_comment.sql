-- MODIFY COLUMN with a new type converts the stored values; DEFAULT, COMMENT and CODEC changes are metadata only
CREATE TABLE t (k UInt64, n UInt32, s String, e String DEFAULT 'e') ENGINE = MergeTree ORDER BY k;
INSERT INTO t VALUES (1, 10, '100', 'x'), (2, 20, '200', 'y');
INSERT INTO t VALUES (3, 30, '300', 'z');
ALTER TABLE t MODIFY COLUMN n String;
ALTER TABLE t MODIFY COLUMN s UInt64;
SELECT k, n, toTypeName(n), s, toTypeName(s) FROM t ORDER BY k;
SELECT sum(s), max(n) FROM t;
ALTER TABLE t MODIFY COLUMN e DEFAULT 'new';
INSERT INTO t (k, n, s) VALUES (4, 'forty', 400);
SELECT k, n, s, e FROM t ORDER BY k;
ALTER TABLE t MODIFY COLUMN e String COMMENT 'the e column';
ALTER TABLE t COMMENT COLUMN n 'was a number';
ALTER TABLE t MODIFY COLUMN s UInt64 CODEC(ZSTD(3));
SELECT name, type, default_kind, default_expression, comment, compression_codec FROM system.columns
WHERE database = currentDatabase() AND table = 't' ORDER BY position;

-- RENAME COLUMN: the data follows the new name
ALTER TABLE t RENAME COLUMN n TO n2;
SELECT k, n2 FROM t ORDER BY k;
SELECT n FROM t; -- { serverError UNKNOWN_IDENTIFIER }
ALTER TABLE t RENAME COLUMN nope TO x; -- { serverError NOT_FOUND_COLUMN_IN_BLOCK }
ALTER TABLE t RENAME COLUMN s TO e; -- { serverError DUPLICATE_COLUMN }
ALTER TABLE t RENAME COLUMN IF EXISTS nope TO x;
ALTER TABLE t RENAME COLUMN k TO kk; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE t MODIFY COLUMN k String; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE t MODIFY COLUMN nope String; -- { serverError NOT_FOUND_COLUMN_IN_BLOCK }
ALTER TABLE t MODIFY COLUMN IF EXISTS nope String;
ALTER TABLE t COMMENT COLUMN nope 'x'; -- { serverError NOT_FOUND_COLUMN_IN_BLOCK }
ALTER TABLE t RENAME COLUMN e TO e2, RENAME COLUMN s TO s2;
INSERT INTO t (k, n2, s2) VALUES (5, 'five', 500);
OPTIMIZE TABLE t FINAL;
SELECT * FROM t ORDER BY k;
DESCRIBE TABLE t;

-- a renamed column's dependents follow it
CREATE TABLE dep (a UInt32, b UInt32 DEFAULT a + 1) ENGINE = MergeTree ORDER BY tuple();
ALTER TABLE dep RENAME COLUMN a TO z;
INSERT INTO dep (z) VALUES (41);
SELECT z, b FROM dep;
SELECT name, default_expression FROM system.columns WHERE database = currentDatabase() AND table = 'dep' ORDER BY position;

-- sign column of CollapsingMergeTree and a key column used inside an expression
CREATE TABLE c (k UInt64, ts DateTime, s Int8) ENGINE = CollapsingMergeTree(s) ORDER BY (k, toDate(ts));
ALTER TABLE c DROP COLUMN s; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE c MODIFY COLUMN s Int16; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE c MODIFY COLUMN ts Date; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
