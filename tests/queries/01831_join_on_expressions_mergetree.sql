-- reference: ClickHouse docs (modern); checked by hand (18.16 joins only on plain columns)
-- JOIN ON with expressions over key columns and extra conditions, on MergeTree tables with several parts.
CREATE TABLE a (id UInt32, code String, v Int32) ENGINE = MergeTree ORDER BY id;
CREATE TABLE b (id UInt32, code String, w Int32) ENGINE = MergeTree ORDER BY id;
INSERT INTO a VALUES (1, 'X1', 10), (2, 'y2', 20);
INSERT INTO a VALUES (3, 'Z3', 20), (4, 'w4', 40);
INSERT INTO b VALUES (2, 'x1', 100), (3, 'Y2', 200);
INSERT INTO b VALUES (4, 'z3', 300), (5, 'W4', 400);
SELECT a.id, b.id, w FROM a INNER JOIN b ON a.id + 1 = b.id ORDER BY a.id;
SELECT a.code, b.code FROM a INNER JOIN b ON lower(a.code) = lower(b.code) ORDER BY a.code;
SELECT a.id, b.id FROM a INNER JOIN b ON a.id = b.id AND b.w > 150 ORDER BY a.id;
SELECT a.id, b.id, w FROM a LEFT JOIN b ON a.id = b.id AND a.v * 10 = b.w ORDER BY a.id;
SELECT a.id, b.id FROM a INNER JOIN b ON substring(a.code, 2) = substring(b.code, 2) ORDER BY a.id;
SELECT a.id, b.id FROM a INNER JOIN b ON a.id = b.id - 1 AND upper(a.code) = upper(b.code) ORDER BY a.id;
SELECT count(), sum(v + w) FROM a INNER JOIN b ON toString(a.id) = toString(b.id);
