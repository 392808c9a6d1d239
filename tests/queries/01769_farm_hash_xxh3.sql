-- reference: ClickHouse docs (modern): the docs' farmHash64 and xxh3 examples; string values checked against Google's
-- FarmHash reference library (farmhashxo::Hash64 / Fingerprint64) and libxxhash 0.8 (XXH3_64bits). Debian's ClickHouse 18.16 links a debug
-- build of libfarmhash whose Hash64 applies farmhash's DebugTweak (~bswap64(h * k1)), so its farmHash64
-- values differ from official ClickHouse builds; 18.16 agrees with this file's values after that tweak.
-- farmHash64 over strings whose lengths cross the 0-16/17-32/33-64/65-96/97-256/over-256 branches
SELECT length(s), farmHash64(s) FROM (SELECT substring(repeat('The quick brown fox jumps over the lazy dog 0123456789!', 10), 1, arrayJoin([0, 1, 2, 3, 4, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 95, 96, 97, 128, 255, 256, 257, 300, 500])) AS s) ORDER BY length(s);
-- farmFingerprint64 is farmhashna::Hash64: same below 33 bytes, its own mixes above
SELECT length(s), farmFingerprint64(s) FROM (SELECT substring(repeat('The quick brown fox jumps over the lazy dog 0123456789!', 10), 1, arrayJoin([0, 1, 3, 4, 8, 16, 17, 32, 33, 64, 65, 96, 127, 128, 129, 200, 300, 550])) AS s) ORDER BY length(s);
SELECT farmHash64(''), farmFingerprint64(''), farmHash64('abc'), farmFingerprint64('abc'), farmHash64('ClickHouse') = farmFingerprint64('ClickHouse');
-- numbers are mixed with intHash64 of their bits (as cityHash64 does)
SELECT farmHash64(1), farmHash64(toUInt8(1)), farmHash64(toInt8(-1)), farmHash64(toUInt8(255)), farmHash64(1.5), farmHash64(toFloat32(1.5));
SELECT farmFingerprint64(1), farmFingerprint64(toInt8(-1)), farmFingerprint64(1.5), farmFingerprint64(toDate('2020-01-01'));
-- several arguments: farmHash64 folds with Hash128to64, farmFingerprint64 with farmhash's Fingerprint(uint128)
SELECT farmHash64(array('e', 'x', 'a'), 'mple', 10, toDateTime('2019-06-15 23:00:00', 'Europe/Moscow'));
SELECT farmHash64('a', 'b'), farmHash64('a', 1, 'b'), farmHash64([1, 2, 3]), farmHash64(CAST([] AS Array(UInt8)));
SELECT farmFingerprint64('a', 'b'), farmFingerprint64('a', 1, 'b'), farmFingerprint64([1, 2, 3]), farmFingerprint64(array('e', 'x', 'a'), 'mple', 10);
SELECT number, farmHash64(number), farmFingerprint64(toString(number)), farmHash64(toString(number), number) FROM numbers(4) ORDER BY number;
SELECT toTypeName(farmHash64('x')), toTypeName(farmFingerprint64('x'));
-- xxh3 (XXH3_64bits, seed 0): strings across the 0/1-3/4-8/9-16/17-128/129-240/long (1024-byte block) branches
SELECT xxh3('ClickHouse'), xxh3('');
SELECT length(s), xxh3(s) FROM (SELECT substring(repeat('The quick brown fox jumps over the lazy dog 0123456789!', 40), 1, arrayJoin([0, 1, 2, 3, 4, 6, 8, 9, 16, 17, 32, 33, 64, 65, 96, 97, 128, 129, 200, 240, 241, 300, 1024, 1025, 2100])) AS s) ORDER BY length(s);
-- numbers are hashed over their little-endian bytes; several arguments fold with Hash128to64
SELECT xxh3(1), xxh3(toUInt8(1)), xxh3(toUInt64(1)), xxh3(-1), xxh3(1.5), xxh3(toFloat32(1.5));
SELECT xxh3('a', 'b'), xxh3('Hello', 'world'), xxh3(toString(number), number) FROM numbers(3) ORDER BY number;
SELECT toTypeName(xxh3('x'));
-- kostikConsistentHash (18.16's yandexConsistentHash, same values; the modern result type is UInt16)
SELECT kostikConsistentHash(1, 10), kostikConsistentHash(toInt8(-1), 1000), kostikConsistentHash(12345678901234, 32768), toTypeName(kostikConsistentHash(1, 10));
SELECT number, kostikConsistentHash(intHash64(number), 100), kostikConsistentHash(intHash64(number), 4097) FROM numbers(4) ORDER BY number;
-- wyHash64 (wyhash "final 3", seed 0): the docs' example; other lengths follow that published revision (not checked against a server)
SELECT wyHash64('ClickHouse') AS Hash;
SELECT length(s), wyHash64(s) FROM (SELECT substring(repeat('The quick brown fox jumps over the lazy dog 0123456789!', 4), 1, arrayJoin([0, 1, 3, 4, 8, 16, 17, 48, 49, 100])) AS s) ORDER BY length(s);
SELECT wyHash64('a', 'b'), wyHash64(toUInt8(1)), toTypeName(wyHash64('x'));
SELECT kostikConsistentHash(1, 65536); -- { serverError BAD_ARGUMENTS }
