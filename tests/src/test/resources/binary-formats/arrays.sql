CREATE TABLE t (id UInt8, a Array(UInt32), s Array(String), aa Array(Array(UInt8)), an Array(Nullable(Int8))) ENGINE = Memory;
INSERT INTO t VALUES (1, [], [], [], []), (2, [1, 2, 3], ['a', '', 'bc'], [[1], [], [2, 3]], [1, NULL, -1]), (3, [4294967295], ['Привет'], [[]], [NULL]), (4, [0, 0], ['x'], [[4, 5, 6], [7]], [-128, 127]);
