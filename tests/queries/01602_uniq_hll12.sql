-- reference: ClickHouse 18.16
SELECT uniqHLL12(number) FROM numbers(16);
SELECT uniqHLL12(number) FROM numbers(17);
SELECT uniqHLL12(number * 13) FROM numbers(5000);
SELECT uniqHLL12(toString(number)) FROM numbers(100000);
SELECT uniqHLL12(toFloat64(number)) FROM numbers(50000);
