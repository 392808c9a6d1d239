WITH 10 AS ten SELECT ten * 2, ten + 1;
WITH 2 AS factor SELECT number * factor FROM numbers(3) ORDER BY number;
WITH 'abc' AS s, length(s) AS n SELECT s, n;
WITH (SELECT max(number) FROM numbers(5)) AS m SELECT m, m + 1;
WITH sum(number) AS total SELECT total FROM numbers(5);
