-- reference: ClickHouse docs (modern): leftPad/rightPad (lpad/rpad), their UTF8 forms and repeat are not in 18.16.
SELECT leftPad('abc', 7, '*'), rightPad('abc', 7, '*'), leftPad('abc', 2), rightPad('abc', 5), lpad('7', 3, '0'), rpad('7', 3, '0');
SELECT leftPad('abc', 8, 'xy'), rightPad('abc', 8, 'xy'), leftPad('abc', 5, ''), leftPad('', 3, 'z');
SELECT leftPadUTF8('абв', 5, 'ё'), rightPadUTF8('абв', 5, 'ё'), leftPadUTF8('абвгд', 3), rightPadUTF8('й', 3, 'ab'), leftPad('абв', 8, '*');
SELECT repeat('ab', 3), repeat('x', 0), repeat('', 5), repeat('é', 2);
SELECT n, leftPad(toString(n), 4, '0') FROM (SELECT arrayJoin([1, 22, 333, 4444, 55555]) AS n) ORDER BY n;
