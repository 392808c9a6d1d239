CREATE TABLE corpus_modern
(
    id UInt8,
    m Map(String, UInt64),
    dt64 DateTime64(3, 'UTC'),
    b Bool,
    lc LowCardinality(String),
    nf Nullable(Float64),
    d2 Decimal(9, 2),
    u UUID,
    ip IPv4,
    i128 Int128,
    nt Tuple(a UInt8, s Nullable(String))
) ENGINE = Memory;
INSERT INTO corpus_modern VALUES (1, {'a': 1, 'b\'q': 18446744073709551615}, '2024-01-02 03:04:05.123', true, 'low', nan, 0.5, '01234567-89ab-cdef-0123-456789abcdef', '192.168.0.1', -170141183460469231731687303715884105728, (1, 'x'));
INSERT INTO corpus_modern VALUES (2, {}, '1970-01-01 00:00:00.000', false, 'tab\there', -inf, -12.34, '00000000-0000-0000-0000-000000000000', '0.0.0.0', 170141183460469231731687303715884105727, (2, NULL));
INSERT INTO corpus_modern VALUES (3, {'': 0}, '2106-02-07 06:28:15.999', true, '', NULL, 0, 'ffffffff-ffff-ffff-ffff-ffffffffffff', '255.255.255.255', 0, (0, 'q"uote'));
