-- reference: ClickHouse 18.16
SELECT sumMerge(s), uniqMerge(u), avgMerge(a) FROM (SELECT sumState(number) AS s, uniqState(number) AS u, avgState(number) AS a FROM numbers(10));
SELECT k, uniqMerge(u) FROM (SELECT number % 2 AS k, uniqState(number) AS u FROM numbers(100) GROUP BY k) GROUP BY k ORDER BY k;
SELECT finalizeAggregation(s) FROM (SELECT quantileState(0.5)(number) AS s FROM numbers(11));
