SELECT intDiv(number, 10) * 10 AS bucket, count(), min(number), max(number) FROM numbers(35) GROUP BY bucket ORDER BY bucket;
SELECT length(s) AS len, count() FROM (SELECT arrayJoin(['a', 'bb', 'cc', 'ddd', 'e']) AS s) GROUP BY len ORDER BY len;
SELECT number % 2 = 0 AS even, sum(number) FROM numbers(10) GROUP BY even ORDER BY even;
SELECT toString(number % 3) AS k, count() FROM numbers(9) GROUP BY k ORDER BY k;
