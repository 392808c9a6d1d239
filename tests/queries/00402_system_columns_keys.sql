CREATE TABLE c (d Date, ts DateTime('UTC'), a UInt32, b String, v UInt64 DEFAULT a * 2, s Nullable(String)) ENGINE = MergeTree PARTITION BY toYYYYMM(d) PRIMARY KEY (a, toDate(ts)) ORDER BY (a, toDate(ts), b) SAMPLE BY a SETTINGS min_bytes_for_wide_part = 0;
CREATE TABLE r (x UInt64, y Int8) ENGINE = MergeTree PARTITION BY (y, intDiv(x, 100)) ORDER BY tuple();
CREATE TABLE mem (x UInt8) ENGINE = Memory;
SELECT table, name, position, is_in_partition_key, is_in_sorting_key, is_in_primary_key, is_in_sampling_key, default_kind, default_expression FROM system.columns WHERE database = currentDatabase() ORDER BY table, position;
SELECT name, data_compressed_bytes, data_uncompressed_bytes, marks_bytes FROM system.columns WHERE database = currentDatabase() AND table = 'c' ORDER BY position;
INSERT INTO c (d, ts, a, b, s) VALUES ('2024-01-01', '2024-01-01 10:00:00', 1, 'x', NULL), ('2024-02-01', '2024-02-01 10:00:00', 2, 'y', 'z');
SELECT name, data_compressed_bytes > 0, data_uncompressed_bytes > 0, marks_bytes > 0 FROM system.columns WHERE database = currentDatabase() AND table = 'c' ORDER BY position;
SELECT name, data_compressed_bytes, marks_bytes FROM system.columns WHERE database = currentDatabase() AND table = 'mem';
