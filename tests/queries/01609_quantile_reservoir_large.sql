-- reference: ClickHouse 18.16
SELECT quantile(0.3)(number) FROM numbers(100000) SETTINGS max_threads = 1;
SELECT quantile(0.5)(number * 3 % 10007) FROM numbers(50000) SETTINGS max_threads = 1;
SELECT quantile(0.99)(toFloat64(number) / 7) FROM numbers(20000) SETTINGS max_threads = 1;
