-- reference: ClickHouse 18.16
SELECT groupBitOr(number), groupBitAnd(number + 1), groupBitXor(number) FROM numbers(10);
SELECT number % 2 AS k, groupBitOr(toUInt8(number)), groupBitXor(toUInt8(number)) FROM numbers(10) GROUP BY k ORDER BY k;
