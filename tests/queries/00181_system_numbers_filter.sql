SELECT number FROM system.numbers WHERE number % 10 = 3 LIMIT 3;
SELECT number * 2 FROM system.numbers LIMIT 2 OFFSET 5;
