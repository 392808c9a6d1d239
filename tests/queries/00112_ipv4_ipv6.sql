SELECT toIPv4('192.168.0.1'), toTypeName(toIPv4('192.168.0.1')), toUInt32(toIPv4('1.2.3.4'));
SELECT toIPv6('::1'), toIPv6('2001:db8::8a2e:370:7334'), toTypeName(toIPv6('::1'));
CREATE TABLE t (a IPv4, b IPv6) ENGINE = Memory;
INSERT INTO t VALUES ('10.0.0.1', '::ffff:10.0.0.1'), ('127.0.0.1', 'fe80::1');
SELECT a, b FROM t ORDER BY a;
SELECT a FROM t WHERE a = toIPv4('127.0.0.1');
SELECT IPv4NumToString(167772161), IPv4StringToNum('10.0.0.1');
