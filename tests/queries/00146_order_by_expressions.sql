SELECT number FROM numbers(6) ORDER BY number % 3 DESC, number;
SELECT s FROM (SELECT arrayJoin(['ccc', 'a', 'bb']) AS s) ORDER BY length(s) DESC;
SELECT number AS n FROM numbers(4) ORDER BY (n % 2, n);
SELECT x, y FROM (SELECT number % 2 AS x, number AS y FROM numbers(4)) ORDER BY x DESC, y DESC;
