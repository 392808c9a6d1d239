-- reference: ClickHouse docs (modern); GROUPING SETS and grouping() are not in 18.16
-- GROUPING SETS over a MergeTree table, with grouping() telling which keys a row aggregates away.
CREATE TABLE s (region String, product String, year UInt16, amount UInt32) ENGINE = MergeTree ORDER BY (region, product);
INSERT INTO s VALUES ('eu', 'pen', 2023, 10), ('eu', 'ink', 2023, 5), ('eu', 'pen', 2024, 7);
INSERT INTO s VALUES ('us', 'pen', 2023, 3), ('us', 'ink', 2024, 8);
SELECT region, product, sum(amount) FROM s GROUP BY GROUPING SETS ((region, product), (region), ()) ORDER BY region, product;
SELECT region, product, sum(amount), grouping(region), grouping(product) FROM s GROUP BY GROUPING SETS ((region), (product)) ORDER BY grouping(region), region, product;
SELECT region, year, count(), grouping(region, year) FROM s GROUP BY GROUPING SETS ((region, year), (year), ()) ORDER BY grouping(region, year), region, year;
SELECT if(grouping(product) = 1, 'all', product) AS p, sum(amount) FROM s GROUP BY GROUPING SETS ((product), ()) ORDER BY p;
SELECT region, product, sum(amount) FROM s GROUP BY GROUPING SETS ((region, product), (region)) HAVING sum(amount) > 8 ORDER BY region, product;
SELECT region, product, sum(amount) FROM s WHERE year = 2023 GROUP BY GROUPING SETS ((region), (product)) ORDER BY region, product;
