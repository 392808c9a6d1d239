-- reference: ClickHouse 18.16
SELECT quantile(number) FROM numbers(10);
SELECT quantile(0.9)(number), quantile(0)(number), quantile(1)(number) FROM numbers(101);
SELECT quantile(0.25)(x) FROM (SELECT arrayJoin([3.5, 1.25, 9.0, 4.0]) AS x);
