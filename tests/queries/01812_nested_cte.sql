-- reference: ClickHouse docs (modern); 18.16 has no WITH name AS (subquery)
-- Common table expressions that refer to earlier ones, are used twice, or sit inside subqueries; scalar WITH aliases are visible in subqueries (enable_global_with_statement).
CREATE TABLE s (day Date, shop String, amount UInt32) ENGINE = MergeTree ORDER BY (day, shop);
INSERT INTO s VALUES ('2024-01-01', 'a', 10), ('2024-01-01', 'b', 4), ('2024-01-02', 'a', 6);
INSERT INTO s VALUES ('2024-01-02', 'b', 12), ('2024-01-03', 'a', 1), ('2024-01-03', 'c', 9);
WITH per_shop AS (SELECT shop, sum(amount) AS total FROM s GROUP BY shop), big AS (SELECT shop FROM per_shop WHERE total > 10) SELECT shop, total FROM per_shop WHERE shop IN (SELECT shop FROM big) ORDER BY shop;
WITH daily AS (SELECT day, sum(amount) AS total FROM s GROUP BY day) SELECT day, total, total - (SELECT min(total) FROM daily) AS over_min FROM daily ORDER BY day;
WITH a AS (SELECT shop, amount FROM s WHERE shop = 'a'), b AS (SELECT shop, amount FROM s WHERE shop = 'b') SELECT count(), sum(amount) FROM (SELECT * FROM a UNION ALL SELECT * FROM b);
WITH x AS (SELECT number AS n FROM numbers(5)), y AS (SELECT n * n AS sq FROM x), z AS (SELECT sq FROM y WHERE sq % 2 = 0) SELECT groupArray(sq) FROM (SELECT sq FROM z ORDER BY sq);
SELECT shop, total FROM (WITH t AS (SELECT shop, max(amount) AS total FROM s GROUP BY shop) SELECT * FROM t WHERE total > 5) ORDER BY shop;
WITH t AS (SELECT shop, sum(amount) AS total FROM s GROUP BY shop) SELECT t1.shop, t2.shop FROM t AS t1 INNER JOIN t AS t2 ON t1.total = t2.total ORDER BY t1.shop;
WITH 10 AS lim, per_day AS (SELECT day, shop, amount FROM s WHERE amount < lim) SELECT day, groupArray(shop) FROM (SELECT * FROM per_day ORDER BY day, shop) GROUP BY day ORDER BY day;
WITH 10 AS lim SELECT count() FROM (SELECT number FROM numbers(20) WHERE number < lim);
WITH 2 AS k SELECT count() FROM s WHERE amount > k AND shop IN (SELECT shop FROM s WHERE amount > k * 4);
WITH 3 AS x SELECT x, (SELECT x + 1);
