-- reference: ClickHouse 18.16
-- URL functions over a table: grouping hits by domain and first path level.
CREATE TABLE hits (id UInt32, url String) ENGINE = Memory;
INSERT INTO hits VALUES (1, 'http://www.example.com/news/1?utm_source=a'), (2, 'https://example.com/news/2'), (3, 'http://shop.example.org/cart?item=5&qty=2'), (4, 'http://shop.example.org/cart?item=7'), (5, 'https://www.example.com/about?x=1#team');
SELECT domainWithoutWWW(url) AS d, count(), groupArray(id) FROM (SELECT * FROM hits ORDER BY id) GROUP BY d ORDER BY d;
SELECT id, path(url), extractURLParameter(url, 'item'), cutQueryStringAndFragment(url) FROM hits ORDER BY id;
SELECT URLPathHierarchy(url)[1] AS section, count() FROM hits GROUP BY section ORDER BY section;
SELECT id FROM hits WHERE protocol(url) = 'https' ORDER BY id;
DROP TABLE hits;
