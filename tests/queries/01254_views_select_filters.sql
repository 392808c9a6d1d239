-- reference: ClickHouse 18.16
DROP TABLE IF EXISTS vt;
DROP TABLE IF EXISTS v_agg;
CREATE TABLE vt (k UInt32, v UInt32) ENGINE = MergeTree ORDER BY k;
INSERT INTO vt SELECT number % 5, number FROM numbers(50);
CREATE VIEW v_agg AS SELECT k, sum(v) AS s, count() AS c FROM vt GROUP BY k;
SELECT * FROM v_agg ORDER BY k;
SELECT k FROM v_agg WHERE s > 240 ORDER BY k;
SELECT sum(c) FROM v_agg;
SELECT k, s FROM v_agg WHERE k IN (SELECT k FROM v_agg WHERE c = 10) ORDER BY s DESC LIMIT 2;
INSERT INTO v_agg VALUES (1, 1, 1); -- { serverError NOT_IMPLEMENTED }
DROP TABLE v_agg;
DROP TABLE vt;
