-- reference: ClickHouse 18.16
SELECT uniq(number) FROM numbers(100000);
SELECT uniq(number) FROM numbers(65536);
SELECT uniq(number * 7) FROM numbers(300000) SETTINGS max_threads = 1;
SELECT uniq(toInt8(number)), uniq(toInt64(number) - 500) FROM numbers(1000);
