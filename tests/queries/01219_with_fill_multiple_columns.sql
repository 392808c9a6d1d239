-- reference: ClickHouse docs (modern): an ORDER BY key written before WITH FILL keys is a sorting prefix; several WITH FILL keys fill inner gaps first
SELECT number % 2 AS a, number * 3 AS b FROM numbers(4) ORDER BY a, b WITH FILL STEP 2;
SELECT intDiv(number, 2) * 2 AS a, number % 2 * 3 AS b FROM numbers(4) ORDER BY a WITH FILL, b WITH FILL FROM 0 TO 4;
SELECT intDiv(number, 2) AS a, number % 2 AS b FROM numbers(4) ORDER BY a WITH FILL FROM 0 TO 3, b WITH FILL;
