CREATE TABLE a (id UInt32) ENGINE = Memory;
CREATE TABLE b (id UInt32, name String) ENGINE = Memory;
INSERT INTO a VALUES (1), (3);
INSERT INTO b VALUES (1, 'one'), (2, 'two'), (3, 'three'), (4, 'four');
SELECT name FROM b WHERE id IN (SELECT id FROM a) ORDER BY id;
SELECT name FROM b WHERE id NOT IN (SELECT id FROM a) ORDER BY id;
SELECT name FROM b WHERE id IN a ORDER BY id;
