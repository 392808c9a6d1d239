CREATE TABLE t (p Tuple(a UInt8, b String)) ENGINE = Memory;
INSERT INTO t VALUES ((1, 'x')), ((2, 'y'));
SELECT p, p.a, p.b, tupleElement(p, 'b') FROM t ORDER BY p.a;
SELECT toTypeName(p) FROM t LIMIT 1;
