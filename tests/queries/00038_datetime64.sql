SELECT toDateTime64('2024-03-01 12:00:00.123', 3, 'UTC'), toTypeName(toDateTime64('2024-03-01 12:00:00.123', 3, 'UTC'));
SELECT toDateTime64('2024-03-01 12:00:00', 6, 'UTC'), toDateTime64('2024-03-01 12:00:00.5', 1, 'UTC');
CREATE TABLE t (ts DateTime64(3, 'UTC'), v UInt8) ENGINE = Memory;
INSERT INTO t VALUES ('2024-03-01 00:00:00.001', 1), ('2024-03-01 00:00:00.250', 2), ('2024-02-29 23:59:59.999', 3);
SELECT ts, v FROM t ORDER BY ts;
SELECT max(ts), min(ts) FROM t;
SELECT toTypeName(ts) FROM t LIMIT 1;
