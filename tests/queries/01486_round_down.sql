-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT roundDown(7, [1, 5, 10]), roundDown(0, [1, 5, 10]), roundDown(10, [1, 5, 10]), roundDown(100, [1, 5, 10]);
SELECT number, roundDown(number, [3, 4, 5]) FROM numbers(7) ORDER BY number;
SELECT roundDown(7.5, [1.5, 5, 10]), roundDown(-1, [0.5, 2]);
