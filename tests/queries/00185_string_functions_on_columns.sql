CREATE TABLE t (s String) ENGINE = Memory;
INSERT INTO t VALUES ('Alpha'), ('beta'), ('Gamma Delta');
SELECT s, upper(s), lower(s), length(s), substring(s, 2, 3) FROM t ORDER BY s;
SELECT s FROM t WHERE startsWith(lower(s), 'g') OR endsWith(s, 'ta') ORDER BY s;
SELECT concat(s, '!') FROM t WHERE position(s, ' ') > 0;
