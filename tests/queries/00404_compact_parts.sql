-- Parts below min_bytes_for_wide_part (10 MiB by default) or below min_rows_for_wide_part are written compact
-- (all columns in one data.bin), others wide; system.parts shows which in part_type. Merges only by OPTIMIZE.
CREATE TABLE cp (k UInt32, s String, n Nullable(Int64), a Array(UInt8), t Tuple(UInt8, String), m Map(String, UInt8), lc LowCardinality(String)) ENGINE = MergeTree ORDER BY k SETTINGS index_granularity = 4, max_bytes_to_merge_at_max_space_in_pool = 1, max_bytes_to_merge_at_min_space_in_pool = 1;
INSERT INTO cp SELECT number, toString(number), if(number % 2 = 1, NULL, number), [number % 3, 1], (number % 5, 'x'), map('a', number % 7), toString(number % 3) FROM numbers(20);
INSERT INTO cp SELECT number + 100, 'w', NULL, [], (0, ''), map('b', 0), 'z' FROM numbers(5);
SELECT name, part_type, rows FROM system.parts WHERE database = currentDatabase() AND table = 'cp' AND active ORDER BY name;
SELECT k, s, n, a, t, m, lc FROM cp WHERE k BETWEEN 6 AND 9 ORDER BY k;
SELECT count(), sum(k) FROM cp PREWHERE n IS NULL;
SELECT count(), sum(k) FROM cp WHERE k >= 100;
SELECT lc, count() FROM cp GROUP BY lc ORDER BY lc;
OPTIMIZE TABLE cp FINAL;
SELECT name, part_type, rows FROM system.parts WHERE database = currentDatabase() AND table = 'cp' AND active ORDER BY name;
SELECT k, s, n FROM cp FINAL WHERE k IN (3, 4, 104) ORDER BY k;

-- mutations of a compact part
SET mutations_sync = 1;
ALTER TABLE cp UPDATE s = 'u' WHERE k = 7;
ALTER TABLE cp DELETE WHERE k = 8;
DELETE FROM cp WHERE k = 9;
SELECT k, s FROM cp WHERE k BETWEEN 6 AND 10 ORDER BY k;
SELECT count() FROM cp;
ALTER TABLE cp RENAME COLUMN s TO s2;
ALTER TABLE cp DROP COLUMN lc;
ALTER TABLE cp ADD COLUMN e UInt8 DEFAULT 3;
ALTER TABLE cp MODIFY COLUMN a Array(UInt32);
SELECT k, s2, e, a FROM cp WHERE k BETWEEN 5 AND 11 ORDER BY k;
SELECT part_type, count() FROM system.parts WHERE database = currentDatabase() AND table = 'cp' AND active GROUP BY part_type;
CHECK TABLE cp;

-- min_bytes_for_wide_part = 0: every part is wide
CREATE TABLE wp (k UInt32, s String) ENGINE = MergeTree ORDER BY k SETTINGS min_bytes_for_wide_part = 0;
INSERT INTO wp VALUES (1, 'a'), (2, 'b');
SELECT name, part_type, rows FROM system.parts WHERE database = currentDatabase() AND table = 'wp' AND active;

-- min_rows_for_wide_part alone; a merge of a compact and a wide part
CREATE TABLE rp (k UInt64) ENGINE = MergeTree ORDER BY k SETTINGS min_bytes_for_wide_part = 0, min_rows_for_wide_part = 100, max_bytes_to_merge_at_max_space_in_pool = 1, max_bytes_to_merge_at_min_space_in_pool = 1;
INSERT INTO rp SELECT number FROM numbers(60);
INSERT INTO rp SELECT number + 60 FROM numbers(100);
SELECT name, part_type, rows FROM system.parts WHERE database = currentDatabase() AND table = 'rp' AND active ORDER BY name;
OPTIMIZE TABLE rp FINAL;
SELECT name, part_type, rows FROM system.parts WHERE database = currentDatabase() AND table = 'rp' AND active ORDER BY name;
SELECT count(), sum(k), min(k), max(k) FROM rp;

-- a byte threshold: small compact parts merged into a wide one
CREATE TABLE bp (k UInt64, v String) ENGINE = MergeTree ORDER BY k SETTINGS min_bytes_for_wide_part = 4000, max_bytes_to_merge_at_max_space_in_pool = 1, max_bytes_to_merge_at_min_space_in_pool = 1;
INSERT INTO bp SELECT number, 'v' FROM numbers(200);
INSERT INTO bp SELECT number + 200, 'v' FROM numbers(200);
INSERT INTO bp SELECT number + 400, 'w' FROM numbers(200);
SELECT name, part_type, rows FROM system.parts WHERE database = currentDatabase() AND table = 'bp' AND active ORDER BY name;
OPTIMIZE TABLE bp FINAL;
SELECT name, part_type, rows FROM system.parts WHERE database = currentDatabase() AND table = 'bp' AND active ORDER BY name;
SELECT v, count(), sum(k) FROM bp GROUP BY v ORDER BY v;
