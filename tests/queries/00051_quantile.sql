SELECT quantile(0.5)(number) FROM numbers(10);
SELECT median(number) FROM numbers(11);
SELECT quantileExact(0.5)(number) FROM numbers(11);
SELECT quantile(0)(number), quantile(1)(number) FROM numbers(10);
SELECT quantileExact(0.9)(number) FROM numbers(101);
