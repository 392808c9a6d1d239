-- reference: ClickHouse 18.16 rejected correlated subqueries; modern ClickHouse (25.8+) accepts them: Strata decorrelates
-- equality-correlated forms (see 01840-01843) and rejects others with NOT_IMPLEMENTED
DROP TABLE IF EXISTS outer_t;
CREATE TABLE outer_t (id UInt32, v UInt32) ENGINE = Memory;
INSERT INTO outer_t VALUES (1, 10), (2, 20);
SELECT id, (SELECT max(number) FROM numbers(10) WHERE number < v) FROM outer_t; -- { serverError NOT_IMPLEMENTED }
SELECT id FROM outer_t WHERE id IN (SELECT number FROM numbers(5) WHERE number = v) ORDER BY id;
SELECT id FROM outer_t WHERE id IN (SELECT number FROM numbers(25) WHERE number = intDiv(v, 10)) ORDER BY id;
SELECT id FROM outer_t WHERE id IN (SELECT toUInt32(number) FROM numbers(5)) ORDER BY id;
DROP TABLE outer_t;
