-- reference: ClickHouse docs (modern)
-- ASOF over DateTime, Float64 and Int64 values; a missing inequality is an error.
CREATE TABLE ev (id UInt8, ts DateTime('UTC'), x Float64, n Int64) ENGINE = Memory;
CREATE TABLE st (id UInt8, ts DateTime('UTC'), y Float64, m Int64, s String) ENGINE = Memory;
INSERT INTO ev VALUES (1, '2024-01-01 10:00:00', 0.5, -5), (1, '2024-01-01 12:00:00', 2.5, 5), (2, '2024-01-01 09:00:00', -1, 0);
INSERT INTO st VALUES (1, '2024-01-01 09:30:00', 0.25, -10, 's1'), (1, '2024-01-01 11:00:00', 2.0, 3, 's2'), (2, '2024-01-01 09:00:00', -3, -1, 's3');
SELECT ev.id, ev.ts, s FROM ev ASOF JOIN st ON ev.id = st.id AND ev.ts >= st.ts ORDER BY ev.id, ev.ts;
SELECT ev.id, x, s FROM ev ASOF JOIN st ON ev.id = st.id AND ev.x > st.y ORDER BY ev.id, x;
SELECT ev.id, n, s FROM ev ASOF LEFT JOIN st ON ev.id = st.id AND ev.n >= st.m ORDER BY ev.id, n;
SELECT s FROM ev ASOF JOIN st ON ev.id = st.id; -- { serverError INVALID_JOIN_ON_EXPRESSION }
