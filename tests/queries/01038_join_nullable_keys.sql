-- reference: ClickHouse docs (modern)
-- NULL keys match nothing; outer joins keep their rows.
CREATE TABLE nl (k Nullable(UInt32), a String) ENGINE = Memory;
CREATE TABLE nr (k Nullable(UInt32), b String) ENGINE = Memory;
INSERT INTO nl VALUES (1, 'a1'), (NULL, 'anull'), (2, 'a2');
INSERT INTO nr VALUES (NULL, 'bnull'), (2, 'b2'), (3, 'b3');
SELECT a, b FROM nl JOIN nr ON nl.k = nr.k ORDER BY a, b;
SELECT a, b FROM nl LEFT JOIN nr ON nl.k = nr.k ORDER BY a, b;
SELECT a, b FROM nl FULL JOIN nr ON nl.k = nr.k ORDER BY a, b;
SELECT k, a, b FROM nl FULL JOIN nr USING k ORDER BY k, a, b;
SELECT a FROM nl LEFT ANTI JOIN nr ON nl.k = nr.k ORDER BY a;
