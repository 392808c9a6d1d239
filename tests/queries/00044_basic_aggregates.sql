SELECT count(), sum(number), avg(number), min(number), max(number) FROM numbers(10);
SELECT count(*), count(1), COUNT(number) FROM numbers(7);
SELECT sum(number * 2), max(number % 4), min(10 - number) FROM numbers(10);
SELECT sum(x), avg(x) FROM (SELECT arrayJoin([1.5, 2.5, -1]) AS x);
