-- reference: ClickHouse docs (modern): CRC32 (zlib), CRC32IEEE and CRC64 (initial value 0, no final xor) are not in 18.16.
SELECT CRC32(''), CRC32('123456789'), CRC32('The quick brown fox jumps over the lazy dog');
SELECT hex(CRC32IEEE('123456789')), hex(CRC64('123456789')), CRC32IEEE(''), CRC64('');
SELECT crc32('abc') = CRC32('abc'), toTypeName(CRC32('')), toTypeName(CRC64(''));
SELECT s, CRC32(s) FROM (SELECT arrayJoin(['a', 'bb', 'ccc']) AS s) ORDER BY s;
