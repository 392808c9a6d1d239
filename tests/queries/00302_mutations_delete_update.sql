-- ALTER TABLE ... DELETE / UPDATE are mutations: with mutations_sync they are done when the ALTER returns
CREATE TABLE t (d Date, k UInt64, v String, n UInt32) ENGINE = MergeTree PARTITION BY toYYYYMM(d) ORDER BY k;
INSERT INTO t VALUES ('2024-01-01', 1, 'a', 10), ('2024-01-02', 2, 'b', 20);
INSERT INTO t VALUES ('2024-02-01', 3, 'c', 30);
INSERT INTO t VALUES ('2024-02-02', 4, 'd', 40);
SET mutations_sync = 1;
ALTER TABLE t DELETE WHERE k = 2;
SELECT k, v, n FROM t ORDER BY k;
ALTER TABLE t UPDATE v = upper(v), n = n + 1 WHERE n >= 30;
SELECT k, v, n FROM t ORDER BY k;
ALTER TABLE t UPDATE n = 0 IN PARTITION 202401 WHERE 1;
SELECT k, v, n FROM t ORDER BY k;
ALTER TABLE t DELETE IN PARTITION ID '202402' WHERE v = 'D';
SELECT k, v, n FROM t ORDER BY k;
-- every assignment of one UPDATE sees the row as it was
ALTER TABLE t UPDATE n = toUInt32(length(v)), v = toString(n) WHERE k = 3;
SELECT k, v, n FROM t ORDER BY k;
-- several commands in one ALTER form one mutation, applied in order
ALTER TABLE t UPDATE v = 'x' WHERE k = 1, DELETE WHERE v = 'x';
SELECT k, v, n FROM t ORDER BY k;
SELECT mutation_id, command, parts_to_do, is_done FROM system.mutations
WHERE database = currentDatabase() AND table = 't' ORDER BY mutation_id, command;
SELECT count() FROM t;

ALTER TABLE t UPDATE k = 1 WHERE 1; -- { serverError CANNOT_UPDATE_COLUMN }
ALTER TABLE t UPDATE d = toDate('2024-01-01') WHERE 1; -- { serverError CANNOT_UPDATE_COLUMN }
ALTER TABLE t UPDATE nope = 1 WHERE 1; -- { serverError NO_SUCH_COLUMN_IN_TABLE }
ALTER TABLE t DELETE WHERE v; -- { serverError ILLEGAL_TYPE_OF_COLUMN_FOR_FILTER }
ALTER TABLE t DELETE WHERE nope = 1; -- { serverError UNKNOWN_IDENTIFIER }

-- a mutation leaves parts inserted after it alone
CREATE TABLE m (k UInt64, v UInt64) ENGINE = MergeTree ORDER BY k;
INSERT INTO m SELECT number, number FROM numbers(1000);
ALTER TABLE m UPDATE v = v * 2 WHERE k % 2 = 0;
INSERT INTO m SELECT number + 1000, number FROM numbers(10);
SELECT count(), sum(v), max(k) FROM m;
ALTER TABLE m DELETE WHERE k >= 500;
OPTIMIZE TABLE m FINAL;
SELECT count(), sum(v), max(k) FROM m;
