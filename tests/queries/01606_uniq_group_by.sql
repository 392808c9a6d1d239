-- reference: ClickHouse 18.16
SELECT number % 4 AS k, uniq(number), uniqHLL12(number), uniqCombined(number), uniqExact(number) FROM numbers(40000) GROUP BY k ORDER BY k;
