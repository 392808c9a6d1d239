-- reference: ClickHouse 18.16
SELECT uniqExact(number % 100) FROM numbers(1000);
SELECT uniqExact(toString(number % 77)) FROM numbers(1000);
SELECT uniqExact(x) FROM (SELECT arrayJoin([0.5, 1.5, 0.5, -0.5]) AS x);
SELECT uniqExact(number % 3, number % 5) FROM numbers(100);
