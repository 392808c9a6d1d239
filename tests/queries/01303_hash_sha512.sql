-- reference: ClickHouse docs (modern): SHA384 and SHA512 are not in 18.16; values are the FIPS 180-4 test vectors.
SELECT hex(SHA512('')), hex(SHA512('abc'));
SELECT hex(SHA384('abc'));
SELECT toTypeName(SHA512('')), toTypeName(SHA384('')), length(SHA512('x'));
SELECT lower(hex(SHA512('The quick brown fox jumps over the lazy dog')));
