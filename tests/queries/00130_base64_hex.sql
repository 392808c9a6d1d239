SELECT base64Encode('hello'), base64Decode('aGVsbG8='), hex('abc'), lower(hex('abc'));
SELECT hex(255), hex(0), unhex('616263'), hex('');
SELECT hex(MD5('')), length(MD5('abc'));
