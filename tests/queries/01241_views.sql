-- reference: ClickHouse 18.16
DROP TABLE IF EXISTS vbase;
DROP TABLE IF EXISTS v_even;
CREATE TABLE vbase (id UInt32, name String) ENGINE = Memory;
INSERT INTO vbase VALUES (1, 'one'), (2, 'two'), (3, 'three'), (4, 'four');
CREATE VIEW v_even AS SELECT id, name FROM vbase WHERE id % 2 = 0;
SELECT * FROM v_even ORDER BY id;
SELECT name FROM v_even WHERE id > 2;
SELECT count() FROM v_even;
INSERT INTO vbase VALUES (6, 'six');
SELECT id FROM v_even ORDER BY id;
SELECT v.id, length(v.name) FROM v_even AS v ORDER BY v.id DESC;
DROP TABLE v_even;
EXISTS TABLE v_even;
DROP TABLE vbase;
