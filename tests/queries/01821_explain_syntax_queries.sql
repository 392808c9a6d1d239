-- reference: ClickHouse docs (modern); EXPLAIN is not in 18.16
-- EXPLAIN SYNTAX prints the query back in ClickHouse's canonical form.
CREATE TABLE t (a UInt32, b String) ENGINE = Memory;
EXPLAIN SYNTAX SELECT a FROM t WHERE a > 1 ORDER BY a;
EXPLAIN SYNTAX SELECT a, count() FROM t GROUP BY a HAVING count() > 1 ORDER BY a DESC LIMIT 5;
EXPLAIN SYNTAX SELECT b FROM t WHERE a IN (1, 2, 3);
EXPLAIN SYNTAX SELECT DISTINCT b FROM t LIMIT 1;
