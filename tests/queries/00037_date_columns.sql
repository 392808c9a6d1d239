CREATE TABLE t (d Date, dt DateTime('UTC'), v UInt32) ENGINE = Memory;
INSERT INTO t VALUES ('2024-03-01', '2024-03-01 10:00:00', 1), ('2024-02-29', '2024-02-29 23:59:59', 2), ('2024-03-01', '2024-03-01 11:30:00', 3);
SELECT d, dt, v FROM t ORDER BY dt;
SELECT d, count(), sum(v) FROM t GROUP BY d ORDER BY d;
SELECT toStartOfHour(dt) AS h, count() FROM t GROUP BY h ORDER BY h;
SELECT v FROM t WHERE d = '2024-03-01' ORDER BY v;
SELECT v FROM t WHERE dt >= toDateTime('2024-03-01 10:30:00', 'UTC') ORDER BY v;
SELECT toTypeName(d), toTypeName(dt) FROM t LIMIT 1;
