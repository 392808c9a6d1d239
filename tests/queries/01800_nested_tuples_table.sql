-- reference: ClickHouse docs (modern); checked by hand (18.16 cannot read nested tuple literals in VALUES)
-- Tuples nested in tuples and arrays, stored in a table: element access, comparison, grouping.
CREATE TABLE t (id UInt32, p Tuple(String, Tuple(UInt32, Float64)), pts Array(Tuple(UInt32, String))) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, ('a', (1, 0.5)), [(1, 'x'), (2, 'y')]), (2, ('b', (2, 1.5)), []);
INSERT INTO t VALUES (3, ('a', (3, 2.5)), [(9, 'z')]);
SELECT id, p FROM t ORDER BY id;
SELECT id, tupleElement(p, 1), tupleElement(tupleElement(p, 2), 1), tupleElement(tupleElement(p, 2), 2) FROM t ORDER BY id;
SELECT id, p.1, (p.2).1 + 10 FROM t ORDER BY id;
SELECT p.1 AS g, sum((p.2).2) FROM t GROUP BY g ORDER BY g;
SELECT id, pts, length(pts) FROM t ORDER BY id;
SELECT id, arrayMap(x -> x.2, pts), arrayMap(x -> x.1 * 2, pts) FROM t ORDER BY id;
SELECT id, pt.1, pt.2 FROM t ARRAY JOIN pts AS pt ORDER BY id, pt.1;
SELECT id FROM t WHERE p.2 > (1, 1.0) ORDER BY id;
SELECT id, p < ('a', (2, 0.0)) FROM t ORDER BY id;
