-- reference: ClickHouse docs (modern): with DESC the STEP is negative (-1 by default) and FROM is the larger bound
SELECT number * 3 AS n FROM numbers(3) ORDER BY n DESC WITH FILL;
SELECT number * 3 AS n FROM numbers(3) ORDER BY n DESC WITH FILL STEP -2;
SELECT number * 3 AS n FROM numbers(3) ORDER BY n DESC WITH FILL FROM 9 TO -2 STEP -3;
