-- reference: ClickHouse docs (modern)
-- Chains mixing kinds, USING and ON.
CREATE TABLE c (cid UInt32, cname String) ENGINE = Memory;
CREATE TABLE o (oid UInt32, cid UInt32, pid UInt32) ENGINE = Memory;
CREATE TABLE p (pid UInt32, pname String) ENGINE = Memory;
INSERT INTO c VALUES (1, 'ann'), (2, 'bob'), (3, 'cid');
INSERT INTO o VALUES (10, 1, 100), (11, 1, 101), (12, 2, 102), (13, 4, 101);
INSERT INTO p VALUES (100, 'pen'), (101, 'ink'), (103, 'cap');
SELECT cid, cname, oid, pname FROM c LEFT JOIN o USING cid LEFT JOIN p USING pid ORDER BY cid, oid;
SELECT cid, oid, pid, pname FROM o FULL JOIN p USING pid RIGHT JOIN c USING cid ORDER BY cid, oid, pid;
SELECT cname, pname FROM c JOIN o ON c.cid = o.cid JOIN p ON o.pid = p.pid AND p.pname != 'ink' ORDER BY cname, pname;
SELECT cname FROM c LEFT ANTI JOIN o USING cid ORDER BY cname;
