-- reference: ClickHouse 18.16
SELECT uniqCombined(number) FROM numbers(5000);
SELECT uniqCombined(number) FROM numbers(10000);
SELECT uniqCombined(number) FROM numbers(200000) SETTINGS max_threads = 1;
SELECT uniqCombined(toString(number)) FROM numbers(300000) SETTINGS max_threads = 1;
SELECT uniqCombined(toFloat32(number)) FROM numbers(50000);
