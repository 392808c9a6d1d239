-- reference: ClickHouse docs (modern)
-- SEMI and ANTI need LEFT or RIGHT; ASOF needs INNER or LEFT.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT a FROM l SEMI JOIN r ON l.k = r.k; -- { serverError NOT_IMPLEMENTED }
SELECT a FROM l ANTI FULL JOIN r ON l.k = r.k; -- { serverError NOT_IMPLEMENTED }
SELECT a FROM l ASOF RIGHT JOIN r ON l.k = r.k AND l.k >= r.k; -- { serverError NOT_IMPLEMENTED }
SELECT a FROM l ASOF FULL JOIN r ON l.k = r.k AND l.k >= r.k; -- { serverError NOT_IMPLEMENTED }
SELECT a FROM l PASTE JOIN r; -- { serverError NOT_IMPLEMENTED }
SELECT 'done';
