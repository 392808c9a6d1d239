CREATE TABLE t (s String) ENGINE = Memory;
INSERT INTO t VALUES ('hello'), (''), ('with\ttab'), ('with\nnewline'), ('quote\''), ('back\\slash'), ('юникод');
SELECT s, length(s) FROM t ORDER BY s;
SELECT count() FROM t WHERE s LIKE '%with%';
SELECT upper(s) FROM t WHERE s = 'hello';
