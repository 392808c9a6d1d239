-- reference: ClickHouse 18.16
SELECT quantiles(0.1, 0.5, 0.9)(number) FROM numbers(100);
SELECT quantiles(0.1, 0.9)(number) FROM numbers(100000) SETTINGS max_threads = 1;
SELECT quantiles(0.5, 0.01)(number % 97) FROM numbers(1000);
