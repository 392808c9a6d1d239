-- reference: ClickHouse 18.16
-- sipHash64 over strings, numbers of several widths and several arguments; sipHash128 is a FixedString(16).
SELECT sipHash64(''), sipHash64('a'), sipHash64('The quick brown fox jumps over the lazy dog');
SELECT sipHash64(toUInt8(1)), sipHash64(toUInt16(1)), sipHash64(toUInt32(1)), sipHash64(toUInt64(1));
SELECT sipHash64(toInt8(-1)), sipHash64(toInt64(-1)), sipHash64(toFloat64(1.5)), sipHash64(toFloat32(1.5));
SELECT sipHash64('a', 'b'), sipHash64('b', 'a'), sipHash64(1, 'a'), sipHash64('abc', 2, 3.5);
SELECT sipHash64(toDate('2020-01-01')), sipHash64(toFixedString('ab', 3));
SELECT hex(sipHash128('')), hex(sipHash128('a')), hex(sipHash128('abcdefghijklmnopqrstuvwxyz'));
SELECT toTypeName(sipHash64('x')), toTypeName(sipHash128('x')), length(sipHash128('x'));
SELECT number, sipHash64(toString(number)), hex(sipHash128(toString(number))) FROM system.numbers LIMIT 5;
