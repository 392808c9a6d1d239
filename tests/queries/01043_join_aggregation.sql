-- reference: ClickHouse 18.16
-- Aggregation, ORDER BY and LIMIT over joins.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT l.k, count(), arraySort(groupArray(b)) FROM l ALL INNER JOIN r ON l.k = r.k GROUP BY l.k ORDER BY l.k;
SELECT a, count(r.k) FROM l ALL LEFT JOIN r ON l.k = r.k GROUP BY a ORDER BY a;
SELECT a, b FROM l ALL INNER JOIN r ON l.k = r.k ORDER BY a DESC, b DESC LIMIT 2;
SELECT uniqExact(a), uniqExact(b) FROM l ALL INNER JOIN r ON l.k = r.k;
