SELECT 1 + 2 AS three, three * three, concat('n=', toString(three));
SELECT [1, 2] AS arr, arr[1] + arr[2], length(arr);
SELECT (1, 'x') AS t, t.1, t.2;
SELECT toDate('2024-01-01') AS d, d + 30, toMonth(d + 30);
