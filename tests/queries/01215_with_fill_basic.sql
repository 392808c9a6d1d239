-- reference: ClickHouse docs (modern); 18.16 has no WITH FILL
SELECT number * 2 AS n FROM numbers(4) ORDER BY n WITH FILL;
SELECT n, 'original' AS source FROM (SELECT number * 3 AS n FROM numbers(3)) ORDER BY n WITH FILL;
SELECT toFloat32(number % 10) AS n, 'original' AS source FROM numbers(10) WHERE number % 3 = 1 ORDER BY n WITH FILL FROM 0 TO 5.51 STEP 0.5;
SELECT number FROM numbers(0) ORDER BY number WITH FILL;
SELECT x FROM (SELECT arrayJoin([1, 2, 2, 5]) AS x) ORDER BY x WITH FILL;
