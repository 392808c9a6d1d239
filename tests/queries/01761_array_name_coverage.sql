-- reference: ClickHouse docs (modern)
SELECT array(1, 2, 3), array('a', 'b'), length(array());
SELECT arrayAvg([1, 2, 3, 4]), arrayAvg(x -> x * 2, [1, 2, 3]), arrayProduct([1, 2, 3, 4]), arrayProduct([1.5, 2]);
SELECT arrayDifference([1, 2, 4, 7]), arrayDifference([10, 5, 1]), arrayDifference(emptyArrayUInt8());
SELECT arrayEnumerateUniq([10, 20, 10, 30, 20, 10]), arrayEnumerateUniq([1, 1, 2], [1, 1, 1]);
SELECT arrayWithConstant(3, 'x'), arrayWithConstant(0, 1), arrayWithConstant(2, [1]);
SELECT minMap([1, 2, 3], [10, 5, 7]) FROM numbers(1);
SELECT minMap(k, v) FROM (SELECT [1, 2] AS k, [toInt64(number), 10 - toInt64(number)] AS v FROM numbers(5));
SELECT uniqCombined64(number) FROM numbers(1000);
SELECT uniqCombined64(number % 10) FROM numbers(10000);
