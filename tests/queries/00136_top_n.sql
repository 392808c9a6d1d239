CREATE TABLE hits (url String, user UInt32) ENGINE = Memory;
INSERT INTO hits VALUES ('/a', 1), ('/b', 1), ('/a', 2), ('/c', 3), ('/a', 3), ('/b', 2), ('/d', 4);
SELECT url, count() AS c FROM hits GROUP BY url ORDER BY c DESC, url LIMIT 2;
SELECT user, count() AS c, arraySort(groupArray(url)) AS urls FROM hits GROUP BY user ORDER BY c DESC, user LIMIT 3;
SELECT uniqExact(user) FROM hits WHERE url = '/a';
