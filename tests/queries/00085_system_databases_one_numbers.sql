SELECT * FROM system.one;
SELECT dummy, toTypeName(dummy) FROM system.one;
SELECT count() FROM system.databases WHERE name = currentDatabase();
SELECT count() FROM system.databases WHERE name = 'system';
SELECT number FROM system.numbers LIMIT 3;
SELECT sum(number) FROM (SELECT number FROM system.numbers LIMIT 100);
