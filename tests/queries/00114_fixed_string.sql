CREATE TABLE t (f FixedString(4)) ENGINE = Memory;
INSERT INTO t VALUES ('ab'), ('abcd');
SELECT f, length(f), toTypeName(f) FROM t ORDER BY f;
SELECT toFixedString('xy', 3) = 'xy\0', toString(toFixedString('xy', 2));
SELECT f FROM t WHERE f = 'abcd';
