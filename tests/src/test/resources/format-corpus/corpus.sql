CREATE TABLE corpus
(
    id UInt8,
    i64 Int64,
    u64 UInt64,
    f32 Float32,
    f64 Float64,
    dec Decimal(18, 4),
    s String,
    fs FixedString(3),
    d Date,
    dt DateTime,
    n Nullable(Int32),
    ns Nullable(String),
    arr Array(Int32),
    arrs Array(String),
    arrn Array(Nullable(String)),
    tup Tuple(UInt8, String),
    e Enum8('a' = 1, 'b\'q' = 2)
) ENGINE = Memory;
INSERT INTO corpus VALUES (1, -9223372036854775808, 18446744073709551615, nan, inf, -12345.6789, 'tab\there', 'ab', '2024-01-02', '2024-01-02 03:04:05', NULL, 'x', [], ['a\'b', 'c"d'], [NULL, 'z'], (1, 't\tu'), 'a');
INSERT INTO corpus VALUES (2, 0, 0, -inf, -0., 0.0001, 'line1\nline2\r\n', 'xyz', '1970-01-02', '1970-01-01 00:00:01', -5, NULL, [1, -2, 3], [], [], (0, ''), 'b\'q');
INSERT INTO corpus VALUES (3, 42, 1, -0., nan, 3.1416, 'back\\slash \'single\' "double" /slash', 'a\0c', '2100-01-01', '2038-01-19 03:14:07', 2147483647, '', [2147483647], ['\\', '\n'], [NULL], (255, 'x\'y'), 'a');
INSERT INTO corpus VALUES (4, -1, 123, 1.5, 1e-7, 99999999999999.9999, 'unicode: héllo 世界 🙂 ∑', '€', '2000-02-29', '2000-02-29 23:59:59', NULL, 'NULL', [0, 0], ['', 'ü'], ['\\N', NULL], (7, '世界'), 'b\'q');
INSERT INTO corpus VALUES (5, 9223372036854775807, 9007199254740993, 3.4028235e38, 1e21, -0.0001, 'ctrl: \x01\x02\x1f\x7f end\bfeed\f', '', '2024-12-31', '2024-12-31 12:00:00', 0, 'tab\tin\nnull', [-1], ['x,y', ' lead', 'trail '], ['a', NULL, 'c'], (1, '"q"'), 'a');
INSERT INTO corpus VALUES (6, 7, 7, 0.1, 0.1, 1.2345, '', 'abc', '2024-01-01', '2024-01-01 00:00:01', 1, 'plain', [], [], [], (0, 'plain'), 'a');
