-- reference: ClickHouse docs (modern): temporary tables live in the session, which the 18.16 client cannot keep across single queries
CREATE TEMPORARY TABLE tmp1 (x UInt32, s String);
INSERT INTO tmp1 VALUES (1, 'a'), (2, 'b'), (3, 'c');
SELECT * FROM tmp1 ORDER BY x;
SELECT sum(x) FROM tmp1 WHERE s != 'b';
SELECT number FROM numbers(5) WHERE number IN (SELECT x FROM tmp1) ORDER BY number;
EXISTS TEMPORARY TABLE tmp1;
DROP TEMPORARY TABLE tmp1;
EXISTS TEMPORARY TABLE tmp1;
