-- reference: ClickHouse 18.16
SELECT any(number), anyLast(number) FROM (SELECT number FROM numbers(10) ORDER BY number);
SELECT anyHeavy(number % 3) FROM numbers(10);
SELECT anyHeavy(x) FROM (SELECT arrayJoin([1, 2, 2, 3, 2, 4, 2]) AS x);
SELECT anyHeavy(toString(number % 2)) FROM numbers(9);
