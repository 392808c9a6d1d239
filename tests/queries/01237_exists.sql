-- reference: ClickHouse docs (modern); 18.16 has no EXISTS
SELECT EXISTS(SELECT 1);
SELECT EXISTS(SELECT number FROM numbers(10) WHERE number > 100);
SELECT number FROM numbers(3) WHERE EXISTS(SELECT 1 FROM numbers(5) WHERE number = 4) ORDER BY number;
SELECT NOT EXISTS(SELECT * FROM numbers(0));
SELECT count() FROM numbers(5) WHERE EXISTS(SELECT number FROM numbers(0));
