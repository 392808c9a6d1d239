-- reference: ClickHouse 18.16
SELECT quantileExact(0.5)(number), quantileExact(0.1)(number) FROM numbers(10);
SELECT quantilesExact(0.25, 0.75)(number * 7 % 100) FROM numbers(1000);
SELECT medianExact(x) FROM (SELECT arrayJoin([5, 1, 4, 2]) AS x);
