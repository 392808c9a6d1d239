-- reference: ClickHouse 18.16
SELECT number FROM numbers(10) WHERE number IN (SELECT number * 2 FROM numbers(4)) ORDER BY number;
SELECT number FROM numbers(10) WHERE number NOT IN (SELECT number * 2 FROM numbers(4)) ORDER BY number;
SELECT count() FROM numbers(100) WHERE number IN (SELECT number FROM numbers(100) WHERE number % 7 = 0);
SELECT number FROM numbers(6) WHERE number IN (SELECT toUInt64(3)) ORDER BY number;
SELECT number, number IN (SELECT toUInt64(1) UNION ALL SELECT toUInt64(2)) FROM numbers(4) ORDER BY number;
SELECT toString(number) AS s FROM numbers(5) WHERE s IN (SELECT toString(number + 3) FROM numbers(10)) ORDER BY s;
