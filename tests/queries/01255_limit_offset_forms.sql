-- reference: ClickHouse 18.16
SELECT number FROM numbers(10) ORDER BY number LIMIT 3;
SELECT number FROM numbers(10) ORDER BY number LIMIT 2, 3;
SELECT number FROM numbers(10) ORDER BY number LIMIT 3 OFFSET 5;
SELECT number FROM numbers(10) ORDER BY number DESC LIMIT 0;
SELECT number FROM (SELECT number FROM numbers(10) ORDER BY number LIMIT 5) ORDER BY number DESC LIMIT 2;
