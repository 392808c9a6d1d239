SELECT varPop(x), varSamp(x), stddevPop(x) FROM (SELECT arrayJoin([2, 4, 4, 4, 5, 5, 7, 9]) AS x);
SELECT varPop(number), varSamp(number) FROM numbers(1, 4);
