-- reference: ClickHouse 18.16
-- URL functions over a column of URLs: parts, parameters, hierarchy, and grouping by domain.
CREATE TABLE hits (id UInt32, url String) ENGINE = MergeTree ORDER BY id;
INSERT INTO hits VALUES (1, 'https://www.example.com/a/b/c.html?x=1&y=two#top'), (2, 'http://shop.example.org:8080/cart?item=5');
INSERT INTO hits VALUES (3, 'https://example.com/'), (4, 'ftp://files.example.com/pub/file.tar.gz'), (5, 'https://www.example.com/a/d?x=9');
SELECT id, protocol(url), domain(url), domainWithoutWWW(url), topLevelDomain(url) FROM hits ORDER BY id;
SELECT id, path(url), queryString(url), fragment(url) FROM hits ORDER BY id;
SELECT id, extractURLParameter(url, 'x'), extractURLParameters(url), extractURLParameterNames(url) FROM hits ORDER BY id;
SELECT id, firstSignificantSubdomain(url), cutToFirstSignificantSubdomain(url) FROM hits ORDER BY id;
SELECT id, URLHierarchy(url) FROM hits WHERE id IN (1, 3) ORDER BY id;
SELECT id, URLPathHierarchy(url) FROM hits WHERE id IN (1, 4) ORDER BY id;
SELECT id, cutQueryString(url), cutFragment(url), cutWWW(url), cutQueryStringAndFragment(url) FROM hits ORDER BY id;
SELECT domainWithoutWWW(url) AS d, count(), groupArray(id) FROM (SELECT * FROM hits ORDER BY id) GROUP BY d ORDER BY d SETTINGS max_threads = 1;
SELECT id FROM hits WHERE extractURLParameter(url, 'x') != '' ORDER BY id;
