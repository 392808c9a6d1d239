-- reference: ClickHouse docs (modern); mapAdd and mapSubtract are not in ClickHouse 18.16
-- every key once, sorted, values summed (mapSubtract: later maps subtracted from the first); values widen to 64 bits
SELECT mapAdd(map(1, 1), map(1, 1)) AS res, toTypeName(res);
SELECT mapAdd(([toUInt8(1), 2], [1, 1]), ([toUInt8(1), 2], [1, 1])) AS res, toTypeName(res);
SELECT mapSubtract(map(1, 1), map(1, 1)) AS res, toTypeName(res);
SELECT mapSubtract(([toUInt8(1), 2], [toInt32(1), 1]), ([toUInt8(1), 2], [toInt32(2), 1])) AS res, toTypeName(res);
SELECT mapAdd(map('b', 1, 'a', 2), map('c', 3, 'a', 10), map('a', 100)) AS res, toTypeName(res);
SELECT mapSubtract(map('b', 1, 'a', 2), map('c', 3, 'a', 10)) AS res, toTypeName(res);
SELECT mapAdd(map(3, 1.5), map(1, 0.25, 3, 1)) AS res, toTypeName(res);
SELECT mapAdd(([toInt16(-1), 5], [toInt8(-1), 2]), ([toInt16(-1)], [toInt8(-3)])) AS res, toTypeName(res);
SELECT mapAdd(map(toDate('2024-01-02'), 1), map(toDate('2024-01-01'), 2)) AS res, toTypeName(res);
-- decimals widen to Decimal128 of the same scale, wide integers stay
SELECT mapAdd(map(1, toDecimal32(1.25, 2)), map(1, toDecimal32(2.5, 2), 2, toDecimal32(-1, 2))) AS res, toTypeName(res);
SELECT mapSubtract(([toUInt8(1)], [toDecimal64(1.5, 3)]), ([toUInt8(1), 3], [toDecimal64(4, 3), 1])) AS res, toTypeName(res);
SELECT mapAdd(map(1, toInt128(5)), map(1, toInt128(-7))) AS res, toTypeName(res);
-- integers wrap around as in ClickHouse
SELECT mapAdd(map(1, toUInt64(18446744073709551615)), map(1, toUInt64(2))), mapSubtract(map(1, toUInt8(1)), map(1, toUInt8(2)));
-- empty maps, keys only in one map
SELECT mapAdd(map(1, 1), CAST(map(), 'Map(UInt8, UInt8)')), mapSubtract(CAST(map(), 'Map(UInt8, UInt8)'), map(1, 1));
-- per row
SELECT number, mapAdd(map(toUInt8(number % 2), number), map(1, 10)), mapSubtract(map(toUInt8(number), 1), map(2, 5)) FROM numbers(4) ORDER BY number;
-- errors
SELECT mapAdd(map(1, 1)); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT mapAdd(map(1, 1), map('a', 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map(1, 1), map(1, 1.5)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map(1, 1), map(1, -1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map(1, 'a'), map(1, 'b')); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd([1], [2]); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map(1.5, 1), map(2.5, 1)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(map(1, toDecimal32(1, 2)), map(1, toDecimal32(1, 3))); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT mapAdd(([1], [1, 2]), ([1], [1])); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT 'done';
