-- optimize_arithmetic_operations_in_aggregate_functions: sum(x + k), sum(k + x), sum(x - k) with an
-- integer constant computed as sum(x) ± k * count(); types, wrapping and column names as summing the shifted values
CREATE TABLE t (g UInt8, i16 Int16, u8 UInt8, u64 UInt64, i64 Int64, n Nullable(Int32), f Float64) ENGINE = MergeTree ORDER BY g;
INSERT INTO t VALUES (1, -5, 250, 18446744073709551610, 9223372036854775800, NULL, 0.1), (1, 7, 3, 4, -9223372036854775800, 5, 0.2), (2, 32767, 255, 18446744073709551615, 9223372036854775807, NULL, 1e300), (2, -32768, 0, 0, -1, NULL, -1e300), (3, 100, 1, 1, 1, 1, 0.5);
SELECT sum(i16 + 1), sum(1 + i16), sum(i16 - 89), sum(u8 + 1), sum(u8 - 1), sum(300 + u8) FROM t;
SELECT toTypeName(sum(i16 + 1)), toTypeName(sum(u8 + 1)), toTypeName(sum(u8 - 1)), toTypeName(sum(u64 + 1)), toTypeName(sum(u64 - 1)), toTypeName(sum(i64 + 1)) FROM t;
-- 64-bit arguments wrap in x + k and in the sum alike
SELECT sum(u64 + 10), sum(u64 - 10), sum(i64 + 10), sum(i64 - 10) FROM t;
-- the column keeps the name of what was written
SELECT sum(u8 + 2), SUM(u8 + 3) AS s FROM t FORMAT TabSeparatedWithNames;
-- per group, in HAVING and ORDER BY, and a sum(x) / count() of the query's own next to the rewritten ones
SELECT g, sum(u8 + 1), sum(u8), count(), sum(i16 - 2) FROM t GROUP BY g HAVING sum(u8 + 1) > 3 ORDER BY sum(i16 - 2) DESC;
-- not rewritten, same answers: Nullable (NULLs skipped), floats, a float constant
SELECT sum(n + 1), sum(n - 1), toTypeName(sum(n + 1)), sum(f + 1) = sum(f + 1), sum(i16 + 0.5) FROM t;
SELECT sum(n + 1) FROM t WHERE n IS NULL;
-- empty input
SELECT sum(u8 + 5), sum(i16 - 5) FROM t WHERE g = 9;
SELECT g, sum(u8 + 5) FROM t WHERE g = 9 GROUP BY g;
-- WITH TOTALS
SELECT g, sum(u8 + 1) FROM t GROUP BY g WITH TOTALS ORDER BY g;
-- the switch off gives the same
SELECT sum(i16 + 1), sum(u64 + 10), sum(i64 - 10) FROM t SETTINGS optimize_arithmetic_operations_in_aggregate_functions = 0;
