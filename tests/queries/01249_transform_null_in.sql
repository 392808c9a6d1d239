-- reference: ClickHouse docs (modern): with transform_null_in = 1, NULL IN (..., NULL) is true
DROP TABLE IF EXISTS null_in;
CREATE TABLE null_in (idx UInt32, i Nullable(Int32)) ENGINE = Memory;
INSERT INTO null_in VALUES (1, 1), (2, NULL), (3, 3);
SELECT idx, i FROM null_in WHERE i IN (1, NULL) ORDER BY idx SETTINGS transform_null_in = 0;
SELECT idx, i FROM null_in WHERE i IN (1, NULL) ORDER BY idx SETTINGS transform_null_in = 1;
SELECT idx, i FROM null_in WHERE i NOT IN (1, NULL) ORDER BY idx SETTINGS transform_null_in = 0;
SELECT idx, i FROM null_in WHERE i NOT IN (1, NULL) ORDER BY idx SETTINGS transform_null_in = 1;
SELECT idx, i IN (SELECT i FROM null_in WHERE idx = 2) FROM null_in ORDER BY idx SETTINGS transform_null_in = 1;
DROP TABLE null_in;
