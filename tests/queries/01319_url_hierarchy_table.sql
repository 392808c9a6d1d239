-- reference: ClickHouse 18.16
-- Counting page views at each URL hierarchy level with arrayJoin.
CREATE TABLE views (url String) ENGINE = Memory;
INSERT INTO views VALUES ('http://site.com/a/b/c'), ('http://site.com/a/b/d'), ('http://site.com/a/e'), ('http://site.com/'), ('http://other.org/a');
SELECT level, count() FROM views ARRAY JOIN URLHierarchy(url) AS level GROUP BY level ORDER BY level;
SELECT p, count() FROM views ARRAY JOIN URLPathHierarchy(url) AS p GROUP BY p ORDER BY p;
SELECT domain(url) AS d, uniqExact(path(url)) FROM views GROUP BY d ORDER BY d;
DROP TABLE views;
