-- reference: ClickHouse 18.16
SELECT quantileTimingWeighted(0.3)(number, number) FROM numbers(100);
SELECT quantileTimingWeighted(0.5)(number, 2) FROM numbers(10);
SELECT quantilesTimingWeighted(0.2, 0.8)(number % 50, number % 3 + 1) FROM numbers(1000);
SELECT medianTimingWeighted(number, 1) FROM numbers(9);
