-- reference: ClickHouse docs (modern); 18.16 has no EXCEPT
SELECT 1 EXCEPT SELECT 1;
SELECT 2 EXCEPT SELECT 1;
SELECT * FROM (SELECT number FROM numbers(10) EXCEPT SELECT number FROM numbers(5)) ORDER BY 1;
SELECT * FROM (SELECT number FROM numbers(10) EXCEPT SELECT 5) ORDER BY 1;
SELECT * FROM (SELECT number, number + 10 FROM numbers(12) EXCEPT SELECT number + 5, number + 15 FROM numbers(10)) ORDER BY 1;
SELECT count() FROM (SELECT number FROM numbers(10) EXCEPT DISTINCT SELECT 5);
SELECT x FROM (SELECT arrayJoin(['a', 'b', 'c', 'a']) AS x EXCEPT DISTINCT SELECT 'b') ORDER BY x;
