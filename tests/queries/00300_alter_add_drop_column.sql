-- ADD COLUMN: parts written before the column existed read its DEFAULT expression (or the type's default)
CREATE TABLE t (k UInt64, v String) ENGINE = MergeTree ORDER BY k;
INSERT INTO t VALUES (1, 'a'), (2, 'b');
ALTER TABLE t ADD COLUMN x UInt32;
ALTER TABLE t ADD COLUMN d UInt64 DEFAULT k * 10 AFTER k;
ALTER TABLE t ADD COLUMN f String DEFAULT 'first' FIRST;
ALTER TABLE t ADD COLUMN IF NOT EXISTS x String;
ALTER TABLE t ADD COLUMN x String; -- { serverError DUPLICATE_COLUMN }
ALTER TABLE t ADD COLUMN y UInt8 AFTER nope; -- { serverError NO_SUCH_COLUMN_IN_TABLE }
DESCRIBE TABLE t;
SELECT * FROM t ORDER BY k;
SELECT k, d FROM t WHERE d > 10 ORDER BY k;
INSERT INTO t (k, v, x) VALUES (3, 'c', 7);
SELECT * FROM t ORDER BY k;
SELECT count(), sum(d), sum(x) FROM t;

-- DROP COLUMN: gone from reads at once; a column added again under the same name starts empty
ALTER TABLE t DROP COLUMN x;
ALTER TABLE t DROP COLUMN x; -- { serverError NOT_FOUND_COLUMN_IN_BLOCK }
ALTER TABLE t DROP COLUMN IF EXISTS x;
ALTER TABLE t DROP COLUMN k; -- { serverError ILLEGAL_COLUMN }
SELECT x FROM t; -- { serverError UNKNOWN_IDENTIFIER }
SELECT * FROM t ORDER BY k;
ALTER TABLE t ADD COLUMN x UInt32;
SELECT k, x FROM t ORDER BY k;
ALTER TABLE t DROP COLUMN f, DROP COLUMN x;
OPTIMIZE TABLE t FINAL;
SELECT * FROM t ORDER BY k;
SELECT name, type, position FROM system.columns WHERE database = currentDatabase() AND table = 't' ORDER BY position;

-- key columns cannot be dropped; a table keeps at least one column
CREATE TABLE keys (a UInt64, b Date, c String) ENGINE = MergeTree PARTITION BY toYYYYMM(b) ORDER BY a;
ALTER TABLE keys DROP COLUMN a; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE keys DROP COLUMN b; -- { serverError ALTER_OF_COLUMN_IS_FORBIDDEN }
ALTER TABLE keys DROP COLUMN c;
CREATE TABLE one (a UInt64) ENGINE = MergeTree ORDER BY tuple();
ALTER TABLE one DROP COLUMN a; -- { serverError BAD_ARGUMENTS }
SELECT name FROM system.columns WHERE database = currentDatabase() AND table = 'keys' ORDER BY position;
