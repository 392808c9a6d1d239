-- reference: ClickHouse 18.16
SELECT x FROM (SELECT [1, 2, 3] AS arr) ARRAY JOIN arr AS x;
SELECT s, arr FROM (SELECT 'a' AS s, [10, 20] AS arr) ARRAY JOIN arr;
SELECT count() FROM (SELECT [] AS arr) ARRAY JOIN arr;
