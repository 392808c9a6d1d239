SELECT toDate('2024-02-27') + number AS d, toDayOfWeek(d) FROM numbers(4) ORDER BY d;
SELECT toStartOfMonth(toDate('2024-01-15') + number * 20) AS m, count() FROM numbers(6) GROUP BY m ORDER BY m;
