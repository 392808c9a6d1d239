-- reference: ClickHouse 18.16
SELECT exp(0), exp(1), exp2(10), exp10(3), exp2(-1);
SELECT log(1), log(exp(2)), log2(1024), log10(1000), log2(0.5), log10(0.001);
SELECT log(0), log(-1), log2(0), exp(1000);
SELECT number, round(exp(number), 6), round(log(number + 1), 6), log2(pow(2, number)) FROM numbers(5) ORDER BY number;
