-- reference: ClickHouse docs (modern)
-- NULLs from join_use_nulls are skipped by aggregates; defaults are counted.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT count(b), count(), sum(r.k) FROM l LEFT JOIN r ON l.k = r.k SETTINGS join_use_nulls = 1;
SELECT count(b), count(), sum(r.k) FROM l LEFT JOIN r ON l.k = r.k SETTINGS join_use_nulls = 0;
SELECT a, ifNull(b, 'none') FROM l LEFT JOIN r ON l.k = r.k ORDER BY a, b SETTINGS join_use_nulls = 1;
