-- reference: ClickHouse 18.16
SELECT topK(3)(number % 7) FROM numbers(100);
SELECT topK(3)(number % 7 + intDiv(number, 13) % 3) FROM numbers(1000);
SELECT topK(2)(x) FROM (SELECT arrayJoin(['a', 'b', 'b', 'c', 'c', 'c']) AS x);
SELECT topK(number % 5) FROM numbers(100);
