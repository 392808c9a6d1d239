-- reference: ClickHouse docs (modern): aggregate functions by their SQL-standard and MySQL names
CREATE TABLE t (k UInt8, x UInt8, y Float64) ENGINE = Memory;
INSERT INTO t VALUES (1, 12, 1), (1, 10, 2), (2, 6, 4), (2, 3, 8);
SELECT BIT_AND(x), BIT_OR(x), BIT_XOR(x), groupBitAnd(x), groupBitXor(x) FROM t;
SELECT round(COVAR_POP(x, y), 4), round(COVAR_SAMP(x, y), 4), round(covarPop(x, y), 4), round(covarSamp(x, y), 4) FROM t;
SELECT round(STD(y), 4), round(STDDEV_POP(y), 4), round(STDDEV_SAMP(y), 4), round(stddevSamp(y), 4), round(VAR_POP(y), 4), round(VAR_SAMP(y), 4) FROM t;
SELECT k, any_value(k), first_value(k), last_value(k) FROM t GROUP BY k ORDER BY k;
SELECT arraySort(array_agg(x)), medianExact(x) FROM t;
SELECT maxMappedArrays([1, 2], [10, 20]), minMappedArrays([1, 2], [10, 20]), sumMappedArrays([1, 2], [10, 20]) FROM t;
