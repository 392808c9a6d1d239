-- reference: ClickHouse 18.16
SELECT uniqMerge(s), uniqHLL12Merge(h), uniqCombinedMerge(c) FROM (SELECT uniqState(number) AS s, uniqHLL12State(number) AS h, uniqCombinedState(number) AS c FROM numbers(200000) GROUP BY number % 4);
