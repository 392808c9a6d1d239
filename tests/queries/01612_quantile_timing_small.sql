-- reference: ClickHouse 18.16
SELECT quantileTiming(0.5)(number) FROM numbers(10);
SELECT quantilesTiming(0.1, 0.5, 0.99, 1)(number) FROM numbers(31);
SELECT quantileTiming(0.5)(number * 100) FROM numbers(1000);
SELECT quantileTiming(0.5)(x) FROM (SELECT toInt64(number) - 5 AS x FROM numbers(10));
