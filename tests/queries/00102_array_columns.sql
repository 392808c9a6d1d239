CREATE TABLE t (id UInt8, a Array(UInt32), s Array(String), n Array(Nullable(Int8))) ENGINE = Memory;
INSERT INTO t VALUES (1, [1, 2, 3], ['x', 'y'], [1, NULL]), (2, [], [], []), (3, [10], ['it''s'], [NULL]);
SELECT id, a, s, n FROM t ORDER BY id;
SELECT id, length(a), a[1], s[2] FROM t ORDER BY id;
SELECT id, arrayJoin(a) FROM t ORDER BY id, 2;
SELECT toTypeName(a), toTypeName(n) FROM t LIMIT 1;
