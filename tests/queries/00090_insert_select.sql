CREATE TABLE src (n UInt64) ENGINE = Memory;
INSERT INTO src SELECT number FROM numbers(5);
CREATE TABLE dst (n UInt64, sq UInt64) ENGINE = Memory;
INSERT INTO dst SELECT n, n * n FROM src WHERE n % 2 = 0;
SELECT n, sq FROM dst ORDER BY n;
INSERT INTO dst (n) SELECT 100;
SELECT n, sq FROM dst WHERE n = 100;
SELECT count() FROM src;
