-- reference: ClickHouse 18.16
SELECT k, quantileTDigest(0.75)(v), quantileTiming(0.75)(v), quantile(0.75)(v), quantileExact(0.75)(v) FROM (SELECT number % 3 AS k, toUInt64(number * 17 % 1000) AS v FROM numbers(30000)) GROUP BY k ORDER BY k SETTINGS max_threads = 1;
