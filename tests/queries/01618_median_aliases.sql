-- reference: ClickHouse 18.16
SELECT median(number), medianExact(number), medianTiming(number), medianTDigest(number), medianDeterministic(number, 1) FROM numbers(11);
