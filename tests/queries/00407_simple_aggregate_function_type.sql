-- SimpleAggregateFunction(f, T): stored, read and computed on as T, named in full.
-- ClickHouse 18.16 lacks the type (added in 19.8); the expected output follows modern ClickHouse (24.x).
CREATE TABLE t (k UInt32, s SimpleAggregateFunction(sum, UInt64), d SimpleAggregateFunction(sum, Double), m SimpleAggregateFunction(max, String), n SimpleAggregateFunction(anyLast, Nullable(String)), lc SimpleAggregateFunction(anyLast, LowCardinality(Nullable(String))), ip SimpleAggregateFunction(anyLast, IPv4), a SimpleAggregateFunction(groupUniqArrayArray, Array(String)), sm SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt64))), b SimpleAggregateFunction(groupBitOr, UInt32), w SimpleAggregateFunction(sumWithOverflow, UInt8)) ENGINE = AggregatingMergeTree ORDER BY k;
DESCRIBE TABLE t;
INSERT INTO t VALUES (1, 10, 1.5, 'b', 'x', 'p', '1.2.3.4', ['a','b'], ([1,2],[10,20]), 5, 200), (2, 7, -2, 'a', NULL, NULL, '10.0.0.1', [], ([],[]), 0, 1);
SELECT * FROM t ORDER BY k;
SELECT toTypeName(s), toTypeName(d), toTypeName(m), toTypeName(n), toTypeName(lc), toTypeName(ip) FROM t LIMIT 1;
SELECT toTypeName(a), toTypeName(sm), toTypeName(b), toTypeName(w) FROM t LIMIT 1;
-- expressions see T
SELECT k, s + 1, toTypeName(s + 1), d * 2, upper(m), length(a), sm.1, IPv4NumToString(ip) FROM t ORDER BY k;
SELECT k FROM t WHERE s > 8 AND m = 'b' AND n IS NOT NULL;
SELECT sum(s), toTypeName(sum(s)), max(m), count(n), sum(b) FROM t;
SELECT m, sum(s) FROM t GROUP BY m ORDER BY m;
SELECT s FROM t ORDER BY s DESC;
SELECT * FROM t FORMAT JSONEachRow;
-- the function must be one ClickHouse allows, accept T and return T
CREATE TABLE bad (k UInt32, c SimpleAggregateFunction(count, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (k UInt32, c SimpleAggregateFunction(uniq, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (k UInt32, c SimpleAggregateFunction(avg, Float64)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (k UInt32, c SimpleAggregateFunction(argMax, UInt64, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (k UInt32, c SimpleAggregateFunction(sum, UInt32)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (k UInt32, c SimpleAggregateFunction(sumMap, Tuple(Array(UInt8), Array(UInt32)))) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError BAD_ARGUMENTS }
CREATE TABLE bad (k UInt32, c SimpleAggregateFunction(sum, String)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
CREATE TABLE bad (k UInt32, c SimpleAggregateFunction(argMax, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
CREATE TABLE bad (k UInt32, c SimpleAggregateFunction(noSuchAggregate, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k; -- { serverError UNKNOWN_AGGREGATE_FUNCTION }
EXISTS TABLE bad;
-- the -SimpleState combinator produces values of the type
WITH anySimpleState(number) AS c SELECT toTypeName(c), c FROM numbers(1);
WITH sumSimpleState(number) AS c SELECT toTypeName(c), c FROM numbers(1);
WITH groupBitOrSimpleState(number) AS c SELECT toTypeName(c), c FROM numbers(1);
WITH sumMapSimpleState(([number], [number])) AS c SELECT toTypeName(c), c FROM numbers(1);
WITH maxMapSimpleState(([number], [number])) AS c SELECT toTypeName(c), c FROM numbers(1);
WITH groupUniqArrayArraySimpleState([number]) AS c SELECT toTypeName(c), c FROM numbers(1);
SELECT toTypeName(sumSimpleState(toUInt32(number))), sumSimpleState(toUInt32(number)) FROM numbers(10);
WITH countSimpleState(number) AS c SELECT toTypeName(c), c FROM numbers(1); -- { serverError BAD_ARGUMENTS }
