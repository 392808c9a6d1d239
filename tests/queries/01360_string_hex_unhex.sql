-- reference: ClickHouse 18.16
-- hex of strings and integers of each width, unhex back.
SELECT hex(''), hex('a'), hex('Hello'), hex(toUInt8(0)), hex(toUInt16(1)), hex(toUInt32(65536)), hex(toUInt64(1099511627776));
SELECT unhex('48656C6C6F'), unhex('48656c6c6f'), unhex(''), length(unhex('00FF')), unhex(hex('round trip'));
SELECT n, hex(n), unhex(hex(toString(n))) FROM (SELECT arrayJoin([0, 15, 16, 255, 4096]) AS n) ORDER BY n;
