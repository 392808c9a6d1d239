-- reference: ClickHouse docs (modern)
-- ON clauses a hash join cannot use.
CREATE TABLE l (k UInt32, a String) ENGINE = Memory;
CREATE TABLE r (k UInt32, b String) ENGINE = Memory;
INSERT INTO l VALUES (1, 'a1'), (2, 'a2'), (2, 'a2x'), (3, 'a3'), (5, 'a5');
INSERT INTO r VALUES (2, 'b2'), (2, 'b2x'), (3, 'b3'), (4, 'b4'), (6, 'b6');
SELECT a FROM l JOIN r ON l.k > r.k; -- { serverError INVALID_JOIN_ON_EXPRESSION }
SELECT a FROM l JOIN r ON l.a = 'a1'; -- { serverError INVALID_JOIN_ON_EXPRESSION }
SELECT a FROM l LEFT JOIN r ON l.k = r.k AND l.a < r.b; -- { serverError INVALID_JOIN_ON_EXPRESSION }
SELECT a FROM l JOIN r ON l.k = r.missing; -- { serverError UNKNOWN_IDENTIFIER }
SELECT a FROM l JOIN r USING (missing); -- { serverError UNKNOWN_IDENTIFIER }
SELECT 'ok';
