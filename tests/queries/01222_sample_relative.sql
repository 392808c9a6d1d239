-- reference: ClickHouse 18.16
DROP TABLE IF EXISTS hits_s;
CREATE TABLE hits_s (id UInt64, v UInt32) ENGINE = MergeTree ORDER BY (intHash32(id), id) SAMPLE BY intHash32(id);
INSERT INTO hits_s SELECT number, number % 100 FROM numbers(5000);
SELECT count() FROM hits_s SAMPLE 0.5;
SELECT count() FROM hits_s SAMPLE 1/10;
SELECT count() FROM hits_s SAMPLE 0.25;
SELECT count() FROM hits_s SAMPLE 1;
SELECT count(), sum(v) FROM hits_s SAMPLE 1/3;
SELECT count() FROM hits_s SAMPLE 100000;
DROP TABLE hits_s;
