-- reference: ClickHouse 18.16
-- A FixedString hashes all its bytes, zero padding included.
SELECT cityHash64(toFixedString('ab', 3)) = cityHash64('ab\0'), sipHash64(toFixedString('ab', 2)) = sipHash64('ab'), murmurHash2_64(toFixedString('x', 4));
SELECT halfMD5(toFixedString('abc', 5)), halfMD5(toFixedString('abc', 3)) = halfMD5('abc');
SELECT murmurHash3_32(toFixedString('abcd', 4)), murmurHash3_64(toFixedString('abcd', 6));
