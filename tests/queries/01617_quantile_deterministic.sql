-- reference: ClickHouse 18.16
SELECT quantileDeterministic(0.5)(number, number) FROM numbers(10);
SELECT quantileDeterministic(0.3)(number, number) FROM numbers(100000);
SELECT quantilesDeterministic(0.1, 0.9)(number, intHash32(number)) FROM numbers(300000);
SELECT medianDeterministic(toFloat64(number), number % 1000) FROM numbers(50000);
