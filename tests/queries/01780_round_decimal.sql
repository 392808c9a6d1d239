-- reference: ClickHouse docs (modern); Decimal32/64 values checked against ClickHouse 18.16, which prints trailing zeros
-- Rounding a Decimal keeps its type (precision and scale) and rounds the value to the given number of places
-- (negative: tens, hundreds); round is half away from zero, roundBankers half to even. Decimal128/256 and the
-- wide integers round the same way.
SELECT ceil(toDecimal32(1.25, 2), 1), toTypeName(ceil(toDecimal32(1.25, 2), 1));
SELECT ceil(toDecimal32('1.25', 2)), floor(toDecimal32('-1.25', 2)), round(toDecimal32('-1.25', 2), 1), round(toDecimal32('1.35', 2), 1), trunc(toDecimal32('-1.29', 2), 1);
SELECT round(toDecimal64('123.456', 3), -1), ceil(toDecimal64('123.456', 3), -2), floor(toDecimal64('-1.255', 3), 2), round(toDecimal64('2.345', 3), 2), round(toDecimal64('-2.345', 3), 2);
SELECT round(toDecimal32('1.25', 2), 5), toTypeName(round(toDecimal32('1.25', 2), 5)), ceil(toDecimal32('99.99', 2)), floor(toDecimal32('0.01', 2), -3);
SELECT floor(toDecimal128('-123.456', 3), -1), ceil(toDecimal128('1.001', 3), 2), round(toDecimal128('2.5', 1)), toTypeName(floor(toDecimal128('1', 3), -1));
SELECT round(toDecimal256('123.456', 3), 1), trunc(toDecimal256('-123.456', 3), -2), toTypeName(round(toDecimal256('123.456', 3), 1));
SELECT roundBankers(toDecimal32('2.5', 1)), roundBankers(toDecimal32('3.5', 1)), roundBankers(toDecimal64('-2.25', 2), 1), roundBankers(toDecimal128('2.35', 2), 1);
SELECT round(toInt128(1255), -1), ceil(toUInt256(1251), -1), floor(toInt256(-1251), -2), trunc(toInt128(-1259), -1), toTypeName(round(toInt128(1255), -1));
SELECT round(25, -1), round(-25, -1), round(toInt32(1255), -1), floor(toInt64(-1251), -2), ceil(toUInt16(1251), -1);
CREATE TABLE t_dec (d Decimal(18, 4), w Decimal(38, 4)) ENGINE = Memory;
INSERT INTO t_dec VALUES ('-12.3456', '-12.3456'), ('-0.005', '-0.005'), ('0', '0'), ('0.005', '0.005'), ('1.2345', '1.2345'), ('99.9999', '99.9999');
SELECT d, ceil(d, 2), floor(d, 2), round(d, 2), trunc(d, 2), round(d, -1) FROM t_dec ORDER BY d;
SELECT w, ceil(w, 2), floor(w, 2), round(w, 2), roundBankers(w, 2), toTypeName(round(w, 2)) FROM t_dec ORDER BY w;
DROP TABLE t_dec;
