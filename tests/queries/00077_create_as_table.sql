CREATE TABLE src (a UInt32, b String DEFAULT 'd') ENGINE = Memory;
INSERT INTO src VALUES (1, 'x'), (2, 'y');
CREATE TABLE dst AS src;
SELECT count() FROM dst;
INSERT INTO dst (a) VALUES (3);
SELECT a, b FROM dst;
SELECT name, type FROM system.columns WHERE database = currentDatabase() AND table = 'dst' ORDER BY position;
