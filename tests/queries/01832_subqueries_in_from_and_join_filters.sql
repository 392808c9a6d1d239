-- reference: ClickHouse 18.16
-- Filters above and below subqueries in FROM and JOIN, with LIMIT inside the subquery (which a filter must not cross).
CREATE TABLE t (id UInt32, g String, x Int32) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, 'a', 5), (2, 'b', -3), (3, 'a', 8);
INSERT INTO t VALUES (4, 'c', 0), (5, 'b', 12), (6, 'a', -1);
SELECT id FROM (SELECT id, x FROM t ORDER BY id LIMIT 4) WHERE x > 0 ORDER BY id;
SELECT id FROM (SELECT id, x FROM t WHERE x > 0 ORDER BY id) LIMIT 2;
SELECT g, s FROM (SELECT g, sum(x) AS s FROM t GROUP BY g) WHERE s > 4 ORDER BY g;
SELECT id, g, total FROM t ALL INNER JOIN (SELECT g, sum(x) AS total FROM t WHERE id > 1 GROUP BY g) USING g WHERE x > 0 ORDER BY id;
SELECT id, top FROM t ALL INNER JOIN (SELECT g, max(id) AS top FROM (SELECT * FROM t ORDER BY id LIMIT 5) GROUP BY g) USING g ORDER BY id;
SELECT count() FROM (SELECT * FROM (SELECT * FROM t WHERE x >= 0) WHERE g != 'c') WHERE id < 5;
SELECT g, c FROM (SELECT g, count() AS c FROM t GROUP BY g ORDER BY c DESC, g LIMIT 2) ORDER BY g;
