-- reference: ClickHouse 18.16
SELECT quantileTDigest(0.5)(number) FROM numbers(10);
SELECT quantileTDigest(0.3)(number) FROM numbers(100000);
SELECT quantilesTDigest(0.1, 0.5, 0.99)(toFloat64(number)) FROM numbers(10);
SELECT quantileTDigest(0.5)(x) FROM (SELECT toInt64(number) - 5 AS x FROM numbers(10));
SELECT medianTDigest(toUInt64(number * 17 % 1000)) FROM numbers(30000);
