-- reference: ClickHouse docs (modern) and src/Functions/FunctionsHashing.h: how each hash combines several arguments
-- (gccMurmurHash, xxHash32/64, murmurHash3_128 and sipHash128 take several arguments only in modern versions).
SELECT gccMurmurHash(1, 2, 3), gccMurmurHash('hello'), gccMurmurHash('');
SELECT xxHash32('a', 'b') = bitXor(intHash32(xxHash32('a')), xxHash32('b')), xxHash64('a', 'b'), xxHash64('a', 1);
SELECT murmurHash2_32('a', 'b') = bitXor(intHash32(murmurHash2_32('a')), murmurHash2_32('b')), murmurHash3_64('x', 'y') = bitXor(intHash64(murmurHash3_64('x')), murmurHash3_64('y'));
SELECT hex(sipHash128('a', 'b')), hex(murmurHash3_128('a', 1)), length(sipHash128('a', 'b', 'c'));
SELECT sipHash64('a', 'b') = sipHash64(unhex(concat(hex(reverse(unhex(hex(sipHash64('a'))))), hex(reverse(unhex(hex(sipHash64('b'))))))));
