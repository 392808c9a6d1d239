-- reference: ClickHouse 18.16
DROP TABLE IF EXISTS hits_f;
CREATE TABLE hits_f (id UInt64) ENGINE = MergeTree ORDER BY intHash32(id) SAMPLE BY intHash32(id);
INSERT INTO hits_f SELECT number FROM numbers(2000);
SELECT any(_sample_factor) FROM hits_f SAMPLE 0.1;
SELECT any(_sample_factor) FROM hits_f SAMPLE 1/4;
SELECT count() * any(_sample_factor) FROM hits_f SAMPLE 1/2;
SELECT any(_sample_factor), count() FROM hits_f SAMPLE 1000000;
DROP TABLE hits_f;
