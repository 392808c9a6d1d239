-- reference: ClickHouse docs (modern): isValidUTF8, toValidUTF8 and soundex are not in 18.16.
SELECT isValidUTF8('привет'), isValidUTF8(unhex('C328')), isValidUTF8(''), isValidUTF8(unhex('F0908080'));
SELECT toValidUTF8('ab'), hex(toValidUTF8(unhex('61C328'))), hex(toValidUTF8(unhex('61FF62'))), toValidUTF8('привет');
SELECT soundex('Robert'), soundex('Rupert'), soundex('Tymczak'), soundex('Pfister'), soundex('aksel'), soundex('Lee');
SELECT s, soundex(s) FROM (SELECT arrayJoin(['Smith', 'Smyth', 'Jackson']) AS s) ORDER BY s;
