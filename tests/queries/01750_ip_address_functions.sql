-- reference: ClickHouse 18.16 for IPv4/IPv6 conversions; ClickHouse docs (modern) for the MySQL
-- aliases (INET_ATON, INET_NTOA, INET6_ATON, INET6_NTOA), IPv4StringToNumOrZero and toIPv4/toIPv6 OrNull/OrZero
SELECT IPv4StringToNum('192.168.0.1'), IPv4NumToString(3232235521), IPv4NumToString(IPv4StringToNum('10.0.0.255'));
SELECT INET_ATON('1.2.3.4'), INET_NTOA(16909060), INET_NTOA(INET_ATON('255.255.255.255'));
SELECT IPv4StringToNumOrZero('1.2.3.4'), IPv4StringToNumOrZero('not an address'), IPv4StringToNumOrZero('');
SELECT hex(IPv6StringToNum('2001:db8::1')), IPv6NumToString(IPv6StringToNum('2001:db8::1'));
SELECT hex(INET6_ATON('::ffff:1.2.3.4')), INET6_NTOA(INET6_ATON('fe80::1'));
SELECT IPv6NumToString(toFixedString(unhex('20010DB8000000000000000000000001'), 16));
SELECT toIPv4OrNull('1.2.3.4'), toIPv4OrNull('1.2.3'), toIPv4OrZero('300.1.1.1'), toIPv4OrZero('8.8.8.8');
SELECT toIPv6OrNull('::1'), toIPv6OrNull('zzz'), toIPv6OrZero('2001:db8::'), toIPv6OrZero('1:2:3');
SELECT number, IPv4NumToString(toUInt32(number * 16777216 + 1)) AS ip FROM numbers(3) ORDER BY number;
