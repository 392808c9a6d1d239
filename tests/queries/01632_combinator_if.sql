-- reference: ClickHouse 18.16
SELECT sumIf(number, number > 5), countIf(number % 2 = 0), avgIf(number, number < 4) FROM numbers(10);
SELECT uniqIf(number, number % 3 = 0), groupArrayIf(number, number < 3) FROM numbers(10);
SELECT quantileIf(0.5)(number, number > 4), maxIf(number, number < 7) FROM numbers(10);
