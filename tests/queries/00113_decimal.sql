SELECT toDecimal32(1.5, 2), toTypeName(toDecimal32(1.5, 2)), toTypeName(toDecimal64(1, 4)), toTypeName(toDecimal128(1, 10));
SELECT toDecimal32('3.14159', 3), toDecimal64(-2.5, 1), toDecimal32(2, 2), CAST('0.10' AS Decimal(5, 2));
CREATE TABLE t (price Decimal(10, 2), qty UInt32) ENGINE = Memory;
INSERT INTO t VALUES (1.10, 3), (2.25, 2), (0.01, 100);
SELECT price, qty FROM t ORDER BY price;
SELECT sum(price), toTypeName(sum(price)), max(price), min(price) FROM t;
SELECT toTypeName(price), toTypeName(price + price), toTypeName(price * price) FROM t LIMIT 1;
SELECT price * qty FROM t ORDER BY price;
