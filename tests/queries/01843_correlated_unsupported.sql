-- reference: ClickHouse docs (modern, 25.8+: correlated subqueries)
-- Correlated forms Strata does not decorrelate fail with NOT_IMPLEMENTED naming the form.
SELECT number FROM numbers(5) AS t WHERE EXISTS (SELECT 1 FROM numbers(3) AS u WHERE u.number < t.number); -- { serverError NOT_IMPLEMENTED }
SELECT number, (SELECT u.number FROM numbers(3) AS u WHERE u.number = t.number) FROM numbers(5) AS t; -- { serverError NOT_IMPLEMENTED }
SELECT number, (SELECT count() FROM numbers(3) AS u WHERE u.number = t.number LIMIT 1) FROM numbers(5) AS t; -- { serverError NOT_IMPLEMENTED }
SELECT number, (SELECT t.number + count() FROM numbers(3) AS u WHERE u.number = t.number) FROM numbers(5) AS t; -- { serverError NOT_IMPLEMENTED }
SELECT number FROM numbers(5) AS t WHERE number IN (SELECT u.number FROM numbers(3) AS u WHERE u.number = t.number OR u.number = 1); -- { serverError NOT_IMPLEMENTED }
SELECT number FROM numbers(5) AS t WHERE EXISTS (SELECT count() FROM numbers(3) AS u WHERE u.number = t.number); -- { serverError NOT_IMPLEMENTED }
SELECT number FROM numbers(5) AS t WHERE EXISTS (SELECT 1 FROM numbers(3) AS u WHERE u.number = t.nothing); -- { serverError UNKNOWN_IDENTIFIER }
SELECT number FROM numbers(5) AS t WHERE EXISTS (SELECT 1 FROM numbers(3) AS u WHERE u.number = t.number LIMIT 1, 1); -- { serverError NOT_IMPLEMENTED }
DROP TABLE IF EXISTS sampled;
CREATE TABLE sampled (k UInt32) ENGINE = MergeTree ORDER BY intHash32(k) SAMPLE BY intHash32(k);
INSERT INTO sampled VALUES (1), (2), (3);
SELECT k FROM sampled AS s SAMPLE 1 / 2 WHERE EXISTS (SELECT 1 FROM numbers(3) AS u WHERE u.number = s.k); -- { serverError NOT_IMPLEMENTED }
SELECT k FROM sampled AS s WHERE EXISTS (SELECT 1 FROM numbers(3) AS u WHERE u.number = s.k) ORDER BY k;
DROP TABLE sampled;
SELECT 'uncorrelated subqueries are unchanged';
SELECT number FROM numbers(5) AS t WHERE number IN (SELECT number FROM numbers(3) WHERE number > 0) ORDER BY number;
SELECT number, (SELECT max(number) FROM numbers(3)) FROM numbers(2) AS t ORDER BY number;
SELECT number FROM numbers(5) AS t WHERE EXISTS (SELECT 1 FROM numbers(3) AS u WHERE u.number = 7) ORDER BY number;
