-- reference: ClickHouse 18.16
SELECT gcd(12, 18), gcd(-12, 18), gcd(17, 5), lcm(4, 6), lcm(-4, 6), lcm(7, 3);
SELECT toTypeName(gcd(toUInt8(12), toUInt16(18))), toTypeName(lcm(toInt32(4), toInt8(6)));
SELECT number, gcd(number + 1, 12), lcm(number + 1, 4) FROM numbers(7) ORDER BY number;
