SELECT avg(number / 2), sum(number / 2), avg(number * 10) FROM numbers(4);
SELECT avg(x) FROM (SELECT toInt32(number) - 2 AS x FROM numbers(4));
