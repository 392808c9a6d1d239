-- reference: ClickHouse docs (modern) (types as 18.16 prints them, checked with it for LEFT joins)
-- join_use_nulls = 1: unmatched right columns are NULL and Nullable.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT a, r.k, b FROM l LEFT JOIN r ON l.k = r.k ORDER BY a, b SETTINGS join_use_nulls = 1;
SELECT a, toTypeName(r.k), toTypeName(b) FROM l LEFT JOIN r ON l.k = r.k ORDER BY a, b LIMIT 1 SETTINGS join_use_nulls = 1;
SELECT a, r.k, b FROM l LEFT JOIN r ON l.k = r.k ORDER BY a, b SETTINGS join_use_nulls = 0;
SELECT a, isNull(b) FROM l ANY LEFT JOIN r ON l.k = r.k ORDER BY a SETTINGS join_use_nulls = 1;
