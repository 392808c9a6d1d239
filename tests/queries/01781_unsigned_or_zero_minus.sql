-- reference: ClickHouse 18.16
-- The UInt128/UInt256 lines follow the modern ClickHouse behaviour (18.16 has no wide integers): the same refusal of '-'.
-- Text with a minus sign never converts to an unsigned type: OrZero gives 0, OrNull gives NULL, the plain function throws.
SELECT toUInt8OrZero('-1'), toUInt16OrZero('-1'), toUInt32OrZero('-1'), toUInt64OrZero('-1');
SELECT toUInt8OrNull('-1'), toUInt16OrNull('-1'), toUInt32OrNull('-1'), toUInt64OrNull('-18446744073709551615');
SELECT toUInt8OrZero('-0'), toUInt8OrNull('-0'), toUInt16OrZero('+5'), toUInt16OrNull('65535'), toUInt32OrZero('-'), toUInt64OrNull('');
SELECT toInt8OrZero('-1'), toInt16OrNull('-300'), toInt32OrZero('-2147483648'), toInt64OrNull('-9223372036854775808');
SELECT toUInt8('-1'); -- { serverError CANNOT_PARSE_NUMBER }
SELECT toUInt64('-5'); -- { serverError CANNOT_PARSE_NUMBER }
SELECT CAST('-1' AS UInt16); -- { serverError CANNOT_PARSE_NUMBER }
CREATE TABLE t_text (s String) ENGINE = Memory;
INSERT INTO t_text VALUES ('12'), ('-12'), ('0'), ('-0'), ('abc'), ('65536');
SELECT s, toUInt32OrZero(s), toUInt32OrNull(s), toInt32OrZero(s), toInt32OrNull(s) FROM t_text ORDER BY s;
DROP TABLE t_text;
SELECT toUInt128OrZero('-1'), toUInt256OrZero('-7'), toUInt128OrNull('-1'), toUInt256OrNull('-0'), toUInt128OrZero('42'), toInt128OrZero('-42');
SELECT toUInt128('-1'); -- { serverError CANNOT_PARSE_NUMBER }
