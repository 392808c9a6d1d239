-- reference: ClickHouse 18.16
SELECT number FROM numbers(10) WHERE (number, number % 2) IN ((1, 1), (2, 0), (3, 0)) ORDER BY number;
SELECT number FROM numbers(10) WHERE (number, number + 1) IN (SELECT number, number + 1 FROM numbers(3)) ORDER BY number;
SELECT (1, 'a') IN ((1, 'a'), (2, 'b')), (1, 'b') IN ((1, 'a'), (2, 'b'));
SELECT number FROM numbers(10) WHERE (number % 3, number % 2) NOT IN ((0, 0), (1, 1)) ORDER BY number;
