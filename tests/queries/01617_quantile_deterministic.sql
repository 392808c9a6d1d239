-- reference: modern ClickHouse (its deterministic sampler drops a value no longer kept after thinning, so the sample depends only on the rows; 18.16 kept it and depended on order)
SELECT quantileDeterministic(0.5)(number, number) FROM numbers(10);
SELECT quantileDeterministic(0.3)(number, number) FROM numbers(100000);
SELECT quantilesDeterministic(0.1, 0.9)(number, intHash32(number)) FROM numbers(300000);
SELECT medianDeterministic(toFloat64(number), number % 1000) FROM numbers(50000);
