-- reference: ClickHouse 18.16
-- A \xNN escape in a string literal is the single byte NN, not the UTF-8 encoding of the character NN:
-- '\xff' is one byte, '\xC3\xA9' is the two UTF-8 bytes of 'é'.
SELECT length('\xff'), hex('\xff'), length('\xFF\xFE'), hex('\xFF\xFE'), lengthUTF8('\xC3\xA9'), length('\xC3\xA9');
SELECT '\xC3\xA9' = 'é', '\xff' = '\xFF', '\xff' > 'z', hex(concat('a', '\xff', 'b')), hex(reverse('\x01\xff\x80'));
SELECT hex('\x00'), length('\x00\x01'), hex('\x41\x42'), '\x41\x42', hex('\\xff'), length('\\xff'), hex('x\xffy\x7F');
SELECT hex(substring('\x01\xff\x02', 2, 1)), position('ab\xffcd', '\xff'), hex(lower('\xC0\xFF')), hex(upper('a\xffb'));
SELECT hex(s), length(s) FROM (SELECT arrayJoin(['\xff', '\x80\x81', '\xe2\x82\xac', 'plain']) AS s) ORDER BY s;
CREATE TABLE t_bytes (k UInt8, s String) ENGINE = Memory;
INSERT INTO t_bytes VALUES (1, '\xff'), (2, '\xC3\xA9'), (3, 'a\x00b');
INSERT INTO t_bytes SELECT 4, concat('\xfe', '\xfd');
SELECT k, hex(s), length(s), s = '\xff' FROM t_bytes ORDER BY k;
SELECT count() FROM t_bytes WHERE s IN ('\xff', '\xfe\xfd');
DROP TABLE t_bytes;
