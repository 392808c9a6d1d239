SELECT arrayJoin([1, 2, 3]) AS x ORDER BY x;
SELECT number, arrayJoin(range(number)) AS x FROM numbers(4) ORDER BY number, x;
CREATE TABLE t (k String, vals Array(UInt8)) ENGINE = Memory;
INSERT INTO t VALUES ('a', [1, 2]), ('b', []), ('c', [3]);
SELECT k, v FROM t ARRAY JOIN vals AS v ORDER BY k, v;
SELECT k, v FROM t LEFT ARRAY JOIN vals AS v ORDER BY k, v;
SELECT k, vals FROM t ARRAY JOIN vals ORDER BY k, vals;
