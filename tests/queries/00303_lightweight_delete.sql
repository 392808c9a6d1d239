-- DELETE FROM masks rows at once; count() stays exact; merges drop the masked rows for good
CREATE TABLE t (k UInt64, v String) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 3;
INSERT INTO t SELECT number, toString(number) FROM numbers(10);
INSERT INTO t SELECT number + 10, toString(number + 10) FROM numbers(5);
DELETE FROM t WHERE k % 3 = 0;
SELECT count() FROM t;
SELECT k FROM t ORDER BY k;
SELECT sum(k) FROM t WHERE k > 5;
SELECT count() FROM t WHERE v LIKE '1%';
DELETE FROM t WHERE v = '7';
SELECT count(), sum(k) FROM t;
ALTER TABLE t UPDATE v = 'updated' WHERE k = 8 SETTINGS mutations_sync = 1;
SELECT k, v FROM t WHERE k >= 8 ORDER BY k;
OPTIMIZE TABLE t FINAL;
SELECT count(), sum(k) FROM t;
DELETE FROM t WHERE nope = 1; -- { serverError UNKNOWN_IDENTIFIER }
DELETE FROM t WHERE 1;
SELECT count() FROM t;
INSERT INTO t VALUES (100, 'x');
SELECT * FROM t;

-- a column added after the delete still reads its default on the masked part
CREATE TABLE a (k UInt64) ENGINE = MergeTree ORDER BY k;
INSERT INTO a SELECT number FROM numbers(6);
DELETE FROM a WHERE k IN (1, 4);
ALTER TABLE a ADD COLUMN twice UInt64 DEFAULT k * 2;
SELECT k, twice FROM a ORDER BY k;
SELECT count() FROM a;
