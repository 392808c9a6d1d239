-- reference: ClickHouse docs (modern): xxHash32/xxHash64 are not in 18.16; values are checked with libxxhash 0.8.1
-- and, for several arguments, ClickHouse's combining rules (intHash32(h1) xor h2, Hash128to64(h1, h2)).
SELECT xxHash32(''), xxHash32('abc'), hex(xxHash32('Nobody inspects the spammish repetition'));
SELECT xxHash64(''), hex(xxHash64('a')), hex(xxHash64('abc')), hex(xxHash64('Nobody inspects the spammish repetition'));
SELECT toTypeName(xxHash32('')), toTypeName(xxHash64(''));
SELECT xxHash32('a', 'b') = bitXor(intHash32(xxHash32('a')), xxHash32('b'));
SELECT xxHash64('abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmn'), xxHash32(repeat('a', 100)), xxHash64(repeat('a', 100));
SELECT number, xxHash32(toString(number)), xxHash64(toString(number)) FROM numbers(3) ORDER BY number;
