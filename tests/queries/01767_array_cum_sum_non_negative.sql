-- reference: ClickHouse docs (modern): arrayCumSumNonNegative resets the running sum to 0 whenever it drops below 0
SELECT arrayCumSumNonNegative([1, 1, -4, 1]), arrayCumSumNonNegative([-1, 2, -5, 3]), arrayCumSumNonNegative(emptyArrayInt32());
SELECT arrayCumSumNonNegative([1.5, -2.5, 4]), arrayCumSumNonNegative([toUInt8(200), 100]), toTypeName(arrayCumSumNonNegative([toInt8(1)]));
SELECT arrayCumSum([1, 1, -4, 1]), arrayCumSumNonNegative(x) FROM (SELECT [toInt64(number) - 2, toInt64(number), -5] AS x FROM numbers(3)) ORDER BY x;
