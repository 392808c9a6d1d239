-- reference: ClickHouse 18.16
WITH 5 AS x SELECT x * 2;
WITH 10 AS lim SELECT number FROM numbers(20) WHERE number > lim ORDER BY number LIMIT 3;
WITH (SELECT max(number) FROM numbers(7)) AS m SELECT m, m + 1;
WITH number * 2 AS d SELECT d FROM numbers(4) ORDER BY d;
WITH 'abc' AS s, length(s) AS l SELECT s, l;
WITH sum(number) AS total SELECT total FROM numbers(5);
