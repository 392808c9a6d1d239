-- reference: ClickHouse docs (modern)
-- USING keys of different types join on their common type.
CREATE TABLE p (k UInt8, a String) ENGINE = Memory;
CREATE TABLE q (k Int64, b String) ENGINE = Memory;
INSERT INTO p VALUES (1, 'p1'), (200, 'p200');
INSERT INTO q VALUES (200, 'q200'), (-1, 'qm1'), (1, 'q1');
SELECT k, toTypeName(k), a, b FROM p JOIN q USING k ORDER BY k;
SELECT k, toTypeName(k), a, b FROM p FULL JOIN q USING k ORDER BY k;
SELECT p.k, toTypeName(p.k), q.k, toTypeName(q.k) FROM p JOIN q USING k ORDER BY p.k;
