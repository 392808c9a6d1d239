-- reference: ClickHouse 18.16
SELECT varPopStable(number), varSampStable(number), stddevPopStable(number), stddevSampStable(number) FROM numbers(10);
SELECT covarPopStable(number, number * 2), covarSampStable(number, number * 2), corrStable(number, number * number) FROM numbers(10);
