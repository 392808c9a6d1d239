CREATE TABLE b (x UInt8) ENGINE = Memory;
CREATE TABLE a (x UInt8, y String) ENGINE = Memory;
SELECT name, engine FROM system.tables WHERE database = currentDatabase() AND name LIKE 'a%';
SELECT table, count() FROM system.columns WHERE database = currentDatabase() GROUP BY table ORDER BY table;
SELECT name FROM system.tables WHERE database = currentDatabase() AND engine = 'Memory' ORDER BY name DESC;
