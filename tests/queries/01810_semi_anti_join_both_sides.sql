-- reference: ClickHouse docs (modern); SEMI and ANTI joins are not in 18.16
-- LEFT/RIGHT SEMI and ANTI joins over MergeTree tables with duplicate keys on both sides.
CREATE TABLE l (k UInt32, a String) ENGINE = MergeTree ORDER BY k;
CREATE TABLE r (k UInt32, b String) ENGINE = MergeTree ORDER BY k;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x');
INSERT INTO l VALUES (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3');
INSERT INTO r VALUES (4, 'b4'), (6, 'b6');
SELECT l.k, a FROM l LEFT SEMI JOIN r ON l.k = r.k ORDER BY l.k, a;
SELECT l.k, a FROM l LEFT ANTI JOIN r ON l.k = r.k ORDER BY l.k, a;
SELECT r.k, b FROM l RIGHT SEMI JOIN r ON l.k = r.k ORDER BY r.k, b;
SELECT r.k, b FROM l RIGHT ANTI JOIN r ON l.k = r.k ORDER BY r.k, b;
SELECT k, a FROM l LEFT SEMI JOIN r USING (k) ORDER BY k, a;
SELECT k, b FROM l RIGHT ANTI JOIN r USING (k) ORDER BY k, b;
SELECT count(), sum(k) FROM l LEFT ANTI JOIN r USING (k);
SELECT l.k, a FROM l LEFT SEMI JOIN (SELECT k FROM r WHERE b LIKE '%x') AS rx ON l.k = rx.k ORDER BY a;
SELECT l.k, a FROM l LEFT ANTI JOIN r ON l.k = r.k AND r.b = 'b3' ORDER BY l.k, a;
