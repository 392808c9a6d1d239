-- reference: ClickHouse 18.16
SELECT number FROM numbers(10) WHERE number IN (1, 3, 5) ORDER BY number;
SELECT number FROM numbers(10) WHERE number NOT IN (1, 3, 5) ORDER BY number;
SELECT 'a' IN ('a', 'b'), 'c' IN ('a', 'b'), 'c' NOT IN ('a', 'b');
SELECT 1 IN (1), 2 IN 1, toUInt8(3) IN (1, 2, 3);
SELECT number, number IN (2, 4) FROM numbers(5) ORDER BY number;
SELECT in(1, (1, 2)), notIn(3, (1, 2));
