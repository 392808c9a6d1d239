SELECT (1, 'a').1, (1, 'a').2, tupleElement((1, 'a', 2.5), 3);
SELECT tuple(1, 2), (1, 2) = (1, 2), (1, 2) < (1, 3), (2, 1) > (1, 9);
SELECT toTypeName((1, 'a', [1])), toTypeName(tuple(1, NULL));
CREATE TABLE t (p Tuple(UInt8, String)) ENGINE = Memory;
INSERT INTO t VALUES ((1, 'x')), ((2, 'y'));
SELECT p, p.1, p.2 FROM t ORDER BY p;
SELECT toTypeName(p) FROM t LIMIT 1;
