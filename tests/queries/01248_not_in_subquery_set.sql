-- reference: ClickHouse 18.16
SELECT count() FROM numbers(1000) WHERE number NOT IN (SELECT number * 3 FROM numbers(1000));
SELECT number FROM numbers(8) WHERE number % 2 = 0 AND number NOT IN (0, 6) ORDER BY number;
SELECT sum(number IN (1, 2, 3)), sum(number NOT IN (1, 2, 3)) FROM numbers(10);
