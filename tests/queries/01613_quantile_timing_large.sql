-- reference: ClickHouse 18.16
SELECT quantileTiming(0.3)(number) FROM numbers(100000);
SELECT quantilesTiming(0.1, 0.5, 0.9)(number * 7 % 40000) FROM numbers(20000);
SELECT quantilesTiming(0.1, 0.5, 0.9)(number % 3000) FROM numbers(20000);
SELECT medianTiming(number % 1000) FROM numbers(10000);
