-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toDecimal256('1.5', 10), toTypeName(toDecimal256(1, 20));
SELECT toDecimal32OrNull('1.5', 2), toDecimal32OrNull('x', 2), toDecimal64OrNull('-3.25', 3), toDecimal128OrNull('', 2), toDecimal256OrNull('7', 1);
SELECT toDecimal32OrZero('1.5', 2), toDecimal32OrZero('x', 2), toDecimal64OrZero('x', 3), toDecimal128OrZero('12.5', 2), toDecimal256OrZero('x', 1);
SELECT toTypeName(toDecimal32OrNull('1', 2)), toTypeName(toDecimal64OrZero('1', 3));
