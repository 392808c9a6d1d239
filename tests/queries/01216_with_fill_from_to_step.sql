-- reference: ClickHouse docs (modern): FROM is inclusive, TO exclusive, STEP defaults to 1
SELECT number * 3 AS n FROM numbers(3) ORDER BY n WITH FILL FROM 1 TO 10 STEP 2;
SELECT number + 5 AS n FROM numbers(2) ORDER BY n WITH FILL FROM 0 TO 9;
SELECT number * 10 AS n FROM numbers(3) ORDER BY n WITH FILL STEP 5;
SELECT number AS n FROM numbers(3) ORDER BY n WITH FILL TO 6 STEP 2;
SELECT toInt32(number) - 2 AS n FROM numbers(2) ORDER BY n WITH FILL FROM -4;
