-- reference: ClickHouse 18.16
-- extract and extractAll to pull fields out of log lines.
CREATE TABLE logs (line String) ENGINE = Memory;
INSERT INTO logs VALUES ('2024-01-01 ERROR code=500 path=/a'), ('2024-01-02 INFO code=200 path=/b'), ('2024-01-03 ERROR code=503 path=/c/d');
SELECT extract(line, 'code=(\\d+)') AS code, extract(line, 'path=(\\S+)'), extract(line, '^\\S+') FROM logs ORDER BY code;
SELECT extract(line, ' ([A-Z]+) ') AS level, count() FROM logs GROUP BY level ORDER BY level;
SELECT extractAll(line, '=(\\S+)') FROM logs ORDER BY line;
DROP TABLE logs;
