-- reference: ClickHouse 18.16
-- -State in an inner query, -Merge outside: regrouping partial aggregates per key and overall.
CREATE TABLE t (day Date, shop String, uid UInt32, amount Float64) ENGINE = MergeTree ORDER BY (day, shop);
INSERT INTO t VALUES ('2024-01-01', 'a', 1, 10), ('2024-01-01', 'a', 2, 20), ('2024-01-01', 'b', 1, 5);
INSERT INTO t VALUES ('2024-01-02', 'a', 3, 7), ('2024-01-02', 'b', 2, 3), ('2024-01-02', 'b', 2, 9);
SELECT shop, sumMerge(s), uniqExactMerge(u), avgMerge(a) FROM (SELECT day, shop, sumState(amount) AS s, uniqExactState(uid) AS u, avgState(amount) AS a FROM t GROUP BY day, shop) GROUP BY shop ORDER BY shop;
SELECT day, sumMerge(s), uniqExactMerge(u) FROM (SELECT day, shop, sumState(amount) AS s, uniqExactState(uid) AS u FROM t GROUP BY day, shop) GROUP BY day ORDER BY day;
SELECT sumMerge(s), uniqExactMerge(u), maxMerge(m) FROM (SELECT shop, sumState(amount) AS s, uniqExactState(uid) AS u, maxState(amount) AS m FROM t GROUP BY shop);
SELECT shop, finalizeAggregation(s) FROM (SELECT shop, sumState(amount) AS s FROM t GROUP BY shop) ORDER BY shop;
SELECT shop, groupArrayMerge(x) FROM (SELECT shop, groupArrayState(uid) AS x FROM (SELECT shop, uid FROM t ORDER BY shop, uid) GROUP BY shop) GROUP BY shop ORDER BY shop SETTINGS max_threads = 1;
SELECT shop, uniqExactMerge(u) FROM (SELECT day, shop, uniqExactStateIf(uid, amount > 5) AS u FROM t GROUP BY day, shop) GROUP BY shop ORDER BY shop;
