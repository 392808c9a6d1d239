SELECT x, y FROM (SELECT [1, 2, 3] AS a, ['a', 'b', 'c'] AS b) ARRAY JOIN a AS x, b AS y ORDER BY x;
SELECT count() FROM (SELECT [1, 2] AS a) ARRAY JOIN a, [3, 4] AS b;
SELECT x FROM (SELECT [1, 2] AS a, [1] AS b) ARRAY JOIN a AS x, b AS y; -- { serverError SIZES_OF_ARRAYS_DONT_MATCH }
SELECT s, arrayJoin([10, 20]) AS v FROM (SELECT 'p' AS s) ORDER BY v;
