-- reference: ClickHouse 18.16 (SAMPLE needs a table with SAMPLE BY)
DROP TABLE IF EXISTS nosample;
CREATE TABLE nosample (id UInt64) ENGINE = MergeTree ORDER BY id;
INSERT INTO nosample SELECT number FROM numbers(10);
SELECT count() FROM nosample SAMPLE 0.5; -- { serverError SAMPLING_NOT_SUPPORTED }
SELECT count() FROM nosample;
DROP TABLE nosample;
