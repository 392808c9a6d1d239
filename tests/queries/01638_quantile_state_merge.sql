-- reference: ClickHouse 18.16
SELECT quantileTimingMerge(0.5)(s), quantileTDigestMerge(0.5)(t) FROM (SELECT quantileTimingState(0.5)(number % 500) AS s, quantileTDigestState(0.5)(number) AS t FROM numbers(10));
SELECT quantileDeterministicMerge(0.5)(s) FROM (SELECT quantileDeterministicState(0.5)(number, number) AS s FROM numbers(1000) GROUP BY number % 2);
