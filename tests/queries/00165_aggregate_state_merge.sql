SELECT finalizeAggregation(sumState(number)) FROM numbers(10);
SELECT sumMerge(s) FROM (SELECT sumState(number) AS s FROM numbers(10) GROUP BY number % 3);
SELECT uniqExactMerge(s) FROM (SELECT uniqExactState(number % 5) AS s FROM numbers(20) GROUP BY number % 2);
SELECT avgMerge(s) FROM (SELECT avgState(number) AS s FROM numbers(10) GROUP BY number % 2);
