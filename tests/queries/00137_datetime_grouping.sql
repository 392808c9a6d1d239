CREATE TABLE events (ts DateTime('UTC'), kind String) ENGINE = Memory;
INSERT INTO events VALUES ('2024-03-01 00:15:00', 'a'), ('2024-03-01 00:45:00', 'b'), ('2024-03-01 01:05:00', 'a'), ('2024-03-02 10:00:00', 'a'), ('2024-02-29 23:59:59', 'b');
SELECT toStartOfHour(ts) AS h, count() FROM events GROUP BY h ORDER BY h;
SELECT toDate(ts) AS d, countIf(kind = 'a'), countIf(kind = 'b') FROM events GROUP BY d ORDER BY d;
SELECT min(ts), max(ts) FROM events;
SELECT kind, toYYYYMM(min(ts)) FROM events GROUP BY kind ORDER BY kind;
SELECT count() FROM events WHERE ts BETWEEN toDateTime('2024-03-01 00:00:00', 'UTC') AND toDateTime('2024-03-01 23:59:59', 'UTC');
