-- reference: ClickHouse docs (modern)
-- ANY FULL JOIN is not implemented in ClickHouse either.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT a, b FROM l ANY FULL JOIN r ON l.k = r.k; -- { serverError NOT_IMPLEMENTED }
SELECT a, b FROM l FULL ANY JOIN r USING k; -- { serverError NOT_IMPLEMENTED }
SELECT 'ok';
