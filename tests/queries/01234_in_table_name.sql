-- reference: ClickHouse 18.16
DROP TABLE IF EXISTS in_set;
CREATE TABLE in_set (x UInt64) ENGINE = Memory;
INSERT INTO in_set VALUES (2), (5), (7);
SELECT number FROM numbers(10) WHERE number IN in_set ORDER BY number;
SELECT number FROM numbers(10) WHERE number NOT IN in_set ORDER BY number;
SELECT count() FROM numbers(10) WHERE number IN in_set;
DROP TABLE in_set;
