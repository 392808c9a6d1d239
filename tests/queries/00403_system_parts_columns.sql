-- wide parts (ClickHouse writes small parts compact, without per-column sizes); merges only by OPTIMIZE
CREATE TABLE pc (k UInt32, s String DEFAULT 'z', n Nullable(Int64)) ENGINE = MergeTree ORDER BY k SETTINGS min_bytes_for_wide_part = 0, max_bytes_to_merge_at_max_space_in_pool = 1, max_bytes_to_merge_at_min_space_in_pool = 1;
INSERT INTO pc (k, n) VALUES (1, NULL), (2, 5);
INSERT INTO pc VALUES (3, 'w', 7);
SELECT partition, name, part_type, active, rows, column, type, column_position, default_kind, default_expression, column_data_compressed_bytes > 0, column_data_uncompressed_bytes > 0, column_marks_bytes > 0 FROM system.parts_columns WHERE database = currentDatabase() AND table = 'pc' ORDER BY name, column_position;
OPTIMIZE TABLE pc FINAL;
SELECT name, level, column, rows FROM system.parts_columns WHERE database = currentDatabase() AND table = 'pc' AND active ORDER BY name, column_position;
SELECT sum(column_data_compressed_bytes) = any(data_compressed_bytes), sum(column_data_uncompressed_bytes) = any(data_uncompressed_bytes), sum(column_marks_bytes) = any(marks_bytes) FROM system.parts_columns WHERE database = currentDatabase() AND table = 'pc' AND active;
SELECT count() FROM system.detached_parts WHERE database = currentDatabase();
SELECT count() FROM system.mutations WHERE database = currentDatabase();
SELECT count() FROM system.merges WHERE database = currentDatabase() AND table = 'none';
