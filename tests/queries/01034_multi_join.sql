-- reference: ClickHouse docs (modern); 18.16 fails parts of this file (wrong right-key values, "Size of permutation", one JOIN per query, key type mismatch)
-- Several joins in one query.
CREATE TABLE c (cid UInt32, cname String) ENGINE = Memory;
CREATE TABLE o (oid UInt32, cid UInt32, pid UInt32) ENGINE = Memory;
CREATE TABLE p (pid UInt32, pname String, price UInt32) ENGINE = Memory;
INSERT INTO c VALUES (1, 'ann'), (2, 'bob'), (3, 'cid');
INSERT INTO o VALUES (10, 1, 100), (11, 1, 101), (12, 2, 100), (13, 4, 101);
INSERT INTO p VALUES (100, 'pen', 3), (101, 'ink', 5);
SELECT oid, cname, pname, price FROM o ALL INNER JOIN c ON o.cid = c.cid ALL INNER JOIN p ON o.pid = p.pid ORDER BY oid;
SELECT oid, cname, pname FROM o ALL LEFT JOIN c ON o.cid = c.cid ALL LEFT JOIN p ON o.pid = p.pid ORDER BY oid;
SELECT cname, sum(price) FROM o ALL INNER JOIN c ON o.cid = c.cid ALL INNER JOIN p ON o.pid = p.pid GROUP BY cname ORDER BY cname;
