-- reference: ClickHouse 18.16
-- Array functions over array columns of a table: membership, positions, slicing, set-like operations, aggregation.
CREATE TABLE t (id UInt32, a Array(UInt32), s Array(String)) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, [3, 1, 2, 3], ['x', 'y']), (2, [], []);
INSERT INTO t VALUES (3, [5, 5], ['z', 'x', 'z']), (4, [1, 2], ['y']);
SELECT id, has(a, 3), hasAll(a, [1, 2]), hasAny(s, ['x', 'q']), indexOf(a, 2), countEqual(a, 3) FROM t ORDER BY id;
SELECT id, arraySlice(a, 2, 2), arrayConcat(a, [9]), arrayPushFront(a, 0), arrayPopBack(a) FROM t ORDER BY id;
SELECT id, arrayUniq(a), arrayEnumerateUniq(a), arrayReverse(s), arraySort(a), arrayReverseSort(a) FROM t ORDER BY id;
SELECT id, arrayStringConcat(s, '|'), length(a), empty(a), notEmpty(s), a[1], s[-1] FROM t ORDER BY id;
SELECT id, arrayDistinct(a), arrayCumSum(a) FROM t ORDER BY id;
SELECT sum(length(a)), arraySort(groupUniqArray(x)) FROM (SELECT a, arrayJoin(s) AS x FROM t) WHERE x != 'z';
SELECT id FROM t WHERE has(s, 'x') AND length(a) > 1 ORDER BY id;
SELECT id, arrayMap(x -> x + id, a), arrayFilter(x -> x > 1, a), arraySum(a) FROM t ORDER BY id;
