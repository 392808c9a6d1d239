-- reference: ClickHouse 18.16 (correlated subqueries are rejected: the outer column is unknown inside)
DROP TABLE IF EXISTS outer_t;
CREATE TABLE outer_t (id UInt32, v UInt32) ENGINE = Memory;
INSERT INTO outer_t VALUES (1, 10), (2, 20);
SELECT id, (SELECT max(number) FROM numbers(10) WHERE number < v) FROM outer_t; -- { serverError UNKNOWN_IDENTIFIER }
SELECT id FROM outer_t WHERE id IN (SELECT number FROM numbers(5) WHERE number = v); -- { serverError UNKNOWN_IDENTIFIER }
SELECT id FROM outer_t WHERE id IN (SELECT toUInt32(number) FROM numbers(5)) ORDER BY id;
DROP TABLE outer_t;
