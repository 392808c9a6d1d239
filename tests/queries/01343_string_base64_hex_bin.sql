-- reference: ClickHouse docs (modern): base64Encode/Decode, tryBase64Decode, bin/unbin are not in 18.16 (hex/unhex are).
SELECT base64Encode('clickhouse'), base64Decode('Y2xpY2tob3VzZQ=='), base64Encode(''), base64Encode('a'), base64Encode('ab');
SELECT tryBase64Decode('Y2xpY2tob3VzZQ=='), tryBase64Decode('not base64!'), tryBase64Decode('');
SELECT hex('abc'), hex(255), hex(256), hex(toInt8(-1)), unhex('616263'), unhex('4'), hex(unhex('0aFF'));
SELECT bin(1), bin(255), bin(256), bin('AB'), bin(toInt8(-1)), bin(toUInt64(0));
SELECT unbin('0100000101000010'), hex(unbin('1')), hex(unbin('101000001')), unbin(bin('Hi')), unbin('');
SELECT base64Decode('!!'); -- { serverError INCORRECT_DATA }
