-- reference: ClickHouse docs (modern): soundex buckets and initcap/initcapUTF8 over a table. Not in 18.16.
CREATE TABLE names (n String) ENGINE = Memory;
INSERT INTO names VALUES ('robert'), ('RUPERT'), ('rubin'), ('ashley'), ('o''brien');
SELECT soundex(n) AS code, groupArray(n) FROM (SELECT n FROM names ORDER BY n) GROUP BY code ORDER BY code;
SELECT n, initcap(n), initcapUTF8(n) FROM names ORDER BY n;
DROP TABLE names;
