-- reference: ClickHouse docs (modern); INTERSECT and EXCEPT are not in 18.16
-- INTERSECT / EXCEPT / UNION DISTINCT between queries over MergeTree tables, used as subqueries and IN sets.
CREATE TABLE jan (uid UInt32, plan String) ENGINE = MergeTree ORDER BY uid;
CREATE TABLE feb (uid UInt32, plan String) ENGINE = MergeTree ORDER BY uid;
INSERT INTO jan VALUES (1, 'free'), (2, 'pro'), (3, 'free');
INSERT INTO jan VALUES (4, 'pro'), (4, 'pro');
INSERT INTO feb VALUES (2, 'pro'), (3, 'pro'), (5, 'free');
INSERT INTO feb VALUES (4, 'pro');
SELECT uid FROM (SELECT uid FROM jan INTERSECT SELECT uid FROM feb) ORDER BY uid;
SELECT uid FROM (SELECT uid FROM jan EXCEPT ALL SELECT uid FROM feb) ORDER BY uid;
SELECT uid FROM (SELECT uid FROM jan EXCEPT DISTINCT SELECT uid FROM feb) ORDER BY uid;
SELECT uid, plan FROM (SELECT uid, plan FROM jan INTERSECT DISTINCT SELECT uid, plan FROM feb) ORDER BY uid;
SELECT uid, plan FROM (SELECT uid, plan FROM feb EXCEPT SELECT uid, plan FROM jan) ORDER BY uid;
SELECT uid FROM (SELECT uid FROM jan UNION DISTINCT SELECT uid FROM feb) ORDER BY uid;
SELECT count() FROM jan WHERE uid IN (SELECT uid FROM jan EXCEPT DISTINCT SELECT uid FROM feb WHERE plan = 'pro');
SELECT plan, count() FROM (SELECT uid, plan FROM jan UNION ALL SELECT uid, plan FROM feb) GROUP BY plan ORDER BY plan;
