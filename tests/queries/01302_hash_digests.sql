-- reference: ClickHouse 18.16
-- Cryptographic digests as FixedString (shown in hex) and halfMD5.
SELECT hex(MD5('')), hex(MD5('abc')), hex(MD5('The quick brown fox jumps over the lazy dog'));
SELECT hex(SHA1('')), hex(SHA1('abc'));
SELECT hex(SHA224('')), hex(SHA224('abc'));
SELECT hex(SHA256('')), hex(SHA256('abc'));
SELECT toTypeName(MD5('')), toTypeName(SHA1('')), toTypeName(SHA224('')), toTypeName(SHA256(''));
SELECT halfMD5(''), halfMD5('abc'), halfMD5(1), halfMD5('a', 'b'), halfMD5(toUInt64(7), 'x', 2.5);
SELECT s, hex(MD5(s)), halfMD5(s) FROM (SELECT arrayJoin(['x', 'yy', 'zzz']) AS s) ORDER BY s;
