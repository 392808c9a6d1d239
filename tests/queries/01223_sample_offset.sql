-- reference: ClickHouse 18.16
DROP TABLE IF EXISTS hits_o;
CREATE TABLE hits_o (id UInt64) ENGINE = MergeTree ORDER BY intHash32(id) SAMPLE BY intHash32(id);
INSERT INTO hits_o SELECT number FROM numbers(3000);
SELECT count() FROM hits_o SAMPLE 1/2 OFFSET 1/2;
SELECT count() FROM hits_o SAMPLE 1/4 OFFSET 1/4;
SELECT count() FROM hits_o SAMPLE 1/10 OFFSET 9/10;
SELECT (SELECT count() FROM hits_o SAMPLE 1/2) + (SELECT count() FROM hits_o SAMPLE 1/2 OFFSET 1/2);
SELECT count() FROM hits_o SAMPLE 0.1 WHERE id < 1000;
DROP TABLE hits_o;
