SELECT * FROM numbers(3);
SELECT number FROM numbers(5, 3);
SELECT count(), sum(number) FROM numbers(1000);
SELECT toTypeName(number) FROM numbers(1);
SELECT count() FROM numbers(0);
