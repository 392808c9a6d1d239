-- reference: ClickHouse docs (modern); ASOF JOIN is not in 18.16
-- ASOF INNER and LEFT joins over MergeTree tables: the closest earlier (or later) row of the same key.
CREATE TABLE events (dev String, ts DateTime('UTC'), v Float64) ENGINE = MergeTree ORDER BY (dev, ts);
CREATE TABLE config (dev String, since DateTime('UTC'), mode String) ENGINE = MergeTree ORDER BY (dev, since);
INSERT INTO events VALUES ('a', '2024-01-01 10:00:00', 1), ('a', '2024-01-01 12:00:00', 2);
INSERT INTO events VALUES ('a', '2024-01-01 08:00:00', 0.5), ('b', '2024-01-01 09:00:00', 3), ('c', '2024-01-01 09:00:00', 4);
INSERT INTO config VALUES ('a', '2024-01-01 09:00:00', 'slow'), ('a', '2024-01-01 11:00:00', 'fast');
INSERT INTO config VALUES ('b', '2024-01-01 09:00:00', 'eco'), ('b', '2024-01-01 10:00:00', 'max');
SELECT e.dev, e.ts, v, mode FROM events AS e ASOF INNER JOIN config AS c ON e.dev = c.dev AND e.ts >= c.since ORDER BY e.dev, e.ts;
SELECT e.dev, e.ts, v, mode, c.since FROM events AS e ASOF LEFT JOIN config AS c ON e.dev = c.dev AND e.ts >= c.since ORDER BY e.dev, e.ts;
SELECT e.dev, e.ts, mode FROM events AS e ASOF LEFT JOIN config AS c ON e.dev = c.dev AND e.ts > c.since ORDER BY e.dev, e.ts;
SELECT e.dev, e.ts, mode FROM events AS e ASOF LEFT JOIN config AS c ON e.dev = c.dev AND e.ts <= c.since ORDER BY e.dev, e.ts;
SELECT mode, count(), sum(v) FROM events AS e ASOF LEFT JOIN config AS c ON e.dev = c.dev AND e.ts >= c.since GROUP BY mode ORDER BY mode;
SELECT e.dev, e.ts, mode FROM events AS e ASOF LEFT JOIN config AS c ON e.dev = c.dev AND e.ts >= c.since ORDER BY e.dev, e.ts SETTINGS join_use_nulls = 1;
