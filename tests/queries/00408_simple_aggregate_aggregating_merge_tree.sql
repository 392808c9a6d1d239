-- AggregatingMergeTree combines each SimpleAggregateFunction column of rows with equal sorting key with
-- its function (in merges and SELECT ... FINAL); other columns keep the first row's value.
-- ClickHouse 18.16 lacks the type; the expected output follows modern ClickHouse (as its test 00915).
CREATE TABLE simple (id UInt64, val SimpleAggregateFunction(sum, Double)) ENGINE = AggregatingMergeTree ORDER BY id;
INSERT INTO simple SELECT number, number FROM numbers(5);
SELECT * FROM simple ORDER BY id;
INSERT INTO simple SELECT number, number FROM numbers(5);
SELECT * FROM simple FINAL ORDER BY id;
OPTIMIZE TABLE simple FINAL;
SELECT * FROM simple ORDER BY id;

CREATE TABLE t (
    id UInt64,
    nullable_str SimpleAggregateFunction(anyLast, Nullable(String)),
    low_str SimpleAggregateFunction(anyLast, LowCardinality(Nullable(String))),
    ip SimpleAggregateFunction(anyLast, IPv4),
    status SimpleAggregateFunction(groupBitOr, UInt32),
    tup SimpleAggregateFunction(sumMap, Tuple(Array(Int32), Array(Int64))),
    tup_min SimpleAggregateFunction(minMap, Tuple(Array(Int32), Array(Int64))),
    tup_max SimpleAggregateFunction(maxMap, Tuple(Array(Int32), Array(Int64))),
    arr SimpleAggregateFunction(groupArrayArray, Array(Int32)),
    uniq_arr SimpleAggregateFunction(groupUniqArrayArray, Array(Int32)),
    total SimpleAggregateFunction(sum, Nullable(Int64)),
    first_seen SimpleAggregateFunction(min, DateTime('UTC')),
    last_seen SimpleAggregateFunction(max, DateTime('UTC')),
    first_value SimpleAggregateFunction(any, String),
    plain String
) ENGINE = AggregatingMergeTree ORDER BY id;
INSERT INTO t VALUES (1, '1', '1', '1.1.1.1', 1, ([1,2], [1,1]), ([1,2], [1,1]), ([1,2], [1,1]), [1,2], [1,2], NULL, '2024-01-02 00:00:00', '2024-01-02 00:00:00', 'a', 'first');
INSERT INTO t VALUES (1, NULL, '2', '2.2.2.2', 2, ([1,3], [1,1]), ([1,3], [2,2]), ([1,3], [2,2]), [2,3,4], [2,3,4], NULL, '2024-01-01 00:00:00', '2024-01-03 00:00:00', 'b', 'second');
INSERT INTO t VALUES (10, '10', NULL, '10.10.10.10', 4, ([2,3], [1,1]), ([2,3], [3,3]), ([2,3], [3,3]), [], [], 5, '2024-02-01 00:00:00', '2024-02-01 00:00:00', 'c', 'third');
INSERT INTO t VALUES (10, '2222', '20', '20.20.20.20', 1, ([2,3], [1,-1]), ([2,4], [4,4]), ([2,4], [4,4]), [], [7], -2, '2024-02-02 00:00:00', '2024-02-02 00:00:00', 'd', 'fourth');
SELECT id, nullable_str, low_str, ip, status, tup, tup_min, tup_max, arr, arraySort(uniq_arr), total, first_seen, last_seen, first_value, plain FROM t FINAL ORDER BY id;
OPTIMIZE TABLE t FINAL;
SELECT id, nullable_str, low_str, ip, status, tup, tup_min, tup_max, arr, arraySort(uniq_arr), total, first_seen, last_seen, first_value, plain FROM t ORDER BY id;
SELECT toTypeName(tup), toTypeName(total), toTypeName(low_str) FROM t LIMIT 1;

-- sumWithOverflow wraps at the column's width; rows of one insert merge too
CREATE TABLE with_overflow (id UInt64, s SimpleAggregateFunction(sumWithOverflow, UInt8)) ENGINE = AggregatingMergeTree ORDER BY id;
INSERT INTO with_overflow SELECT 1, 1 FROM numbers(256);
SELECT * FROM with_overflow FINAL;
OPTIMIZE TABLE with_overflow FINAL;
SELECT 'with_overflow', * FROM with_overflow;

-- a SimpleAggregateFunction column in the sorting key is a key column, not combined
CREATE TABLE in_key (k SimpleAggregateFunction(max, UInt32), v SimpleAggregateFunction(sum, UInt64)) ENGINE = AggregatingMergeTree ORDER BY k;
INSERT INTO in_key VALUES (1, 10);
INSERT INTO in_key VALUES (1, 5), (2, 1);
SELECT * FROM in_key FINAL ORDER BY k;
