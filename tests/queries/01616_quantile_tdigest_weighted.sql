-- reference: ClickHouse 18.16
SELECT quantileTDigestWeighted(0.3)(number, number) FROM numbers(100);
SELECT quantilesTDigestWeighted(0.25, 0.75)(toFloat64(number), 3) FROM numbers(1000);
SELECT medianTDigestWeighted(number, 1) FROM numbers(11);
