-- min_compress_block_size / max_compress_block_size as query and session settings; a table's own MergeTree settings win when set
SELECT name, value FROM system.settings WHERE name IN ('min_compress_block_size', 'max_compress_block_size') ORDER BY name;
CREATE TABLE cb (k UInt64, s String) ENGINE = MergeTree ORDER BY k SETTINGS min_bytes_for_wide_part = 0, max_bytes_to_merge_at_max_space_in_pool = 1, max_bytes_to_merge_at_min_space_in_pool = 1;
INSERT INTO cb SETTINGS min_compress_block_size = 1024, max_compress_block_size = 4096 SELECT number, toString(number) FROM numbers(10000);
SET max_compress_block_size = 2048;
INSERT INTO cb SELECT number + 10000, 'x' FROM numbers(10000);
SELECT count(), sum(k), countIf(s = 'x'), sum(toUInt64(s = toString(k))) FROM cb;
CREATE TABLE cbt (k UInt64, s String) ENGINE = MergeTree ORDER BY k SETTINGS min_compress_block_size = 100000, max_compress_block_size = 200000;
INSERT INTO cbt SETTINGS max_compress_block_size = 1024 SELECT number, repeat('y', number % 10) FROM numbers(5000);
SELECT count(), sum(k), sum(length(s)) FROM cbt;
SELECT part_type, count() FROM system.parts WHERE database = currentDatabase() AND table IN ('cb', 'cbt') AND active GROUP BY part_type ORDER BY part_type;
