-- reference: ClickHouse 18.16
-- MurmurHash2 (32, 64A) and MurmurHash3 (x86_32, x64_128 folded to 64, the full 128 as FixedString(16)).
SELECT murmurHash2_32(''), murmurHash2_32('a'), murmurHash2_32('abcd'), murmurHash2_32('abcdefghijklmnopqrstuvwxyz0123456789');
SELECT murmurHash2_64(''), murmurHash2_64('a'), murmurHash2_64('abcdefgh'), murmurHash2_64('abcdefghijklmnopqrstuvwxyz0123456789');
SELECT murmurHash3_32(''), murmurHash3_32('a'), murmurHash3_32('abcd'), murmurHash3_32('abcdefghijklmnopqrstuvwxyz0123456789');
SELECT murmurHash3_64(''), murmurHash3_64('a'), murmurHash3_64('abcdefghijklmnop'), murmurHash3_64('abcdefghijklmnopqrstuvwxyz0123456789');
SELECT hex(murmurHash3_128('')), hex(murmurHash3_128('a')), hex(murmurHash3_128('abcdefghijklmnopqrstuvwxyz'));
SELECT murmurHash2_32(toUInt8(1)), murmurHash2_64(1000000), murmurHash3_32(-1), murmurHash3_64(1.5);
SELECT murmurHash2_32('a', 'b'), murmurHash2_64('a', 'b'), murmurHash3_32(1, 'a'), murmurHash3_64('abc', 2, 3.5);
SELECT toTypeName(murmurHash2_32('')), toTypeName(murmurHash3_64('')), toTypeName(murmurHash3_128(''));
SELECT number, murmurHash2_32(toString(number)), murmurHash3_64(number) FROM system.numbers LIMIT 4;
