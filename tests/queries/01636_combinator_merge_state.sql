-- reference: ClickHouse 18.16
SELECT sumMerge(ms) FROM (SELECT sumMergeState(s) AS ms FROM (SELECT sumState(number) AS s FROM numbers(10)));
SELECT uniqMerge(ms) FROM (SELECT uniqMergeState(s) AS ms FROM (SELECT uniqState(number) AS s FROM numbers(1000) GROUP BY number % 3));
