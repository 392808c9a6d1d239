CREATE TABLE t (d Date, s String, f Float64) ENGINE = Memory;
INSERT INTO t VALUES ('2024-03-01', 'b', 1.5), ('2023-12-31', 'a', -2), ('2024-01-15', 'c', 0);
SELECT min(d), max(d), min(s), max(s), min(f), max(f) FROM t;
SELECT argMax(s, d), argMin(f, d) FROM t;
SELECT toTypeName(min(d)), toTypeName(max(s)) FROM t;
