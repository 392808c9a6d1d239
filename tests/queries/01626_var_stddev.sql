-- reference: ClickHouse 18.16
SELECT varPop(number), varSamp(number), stddevPop(number), stddevSamp(number) FROM numbers(10);
SELECT round(varPop(x), 6), round(stddevSamp(x), 6) FROM (SELECT arrayJoin([1.5, 2.5, 10.0]) AS x);
