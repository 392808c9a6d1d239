-- reference: ClickHouse docs (modern): bin/unbin round trips over a table (bin, unbin are not in 18.16).
CREATE TABLE flags (v UInt16, s String) ENGINE = Memory;
INSERT INTO flags VALUES (0, ''), (5, 'A'), (255, 'ok'), (1024, '01');
SELECT v, bin(v), bin(s), unbin(bin(s)) = s, length(bin(v)) FROM flags ORDER BY v;
SELECT bin(toUInt8(5)), bin(toUInt32(5)), bin(toInt16(-2)), hex(unbin('11111111')), hex(unbin('0000000100000010'));
DROP TABLE flags;
