-- reference: ClickHouse 18.16
SELECT count(DISTINCT number % 10) FROM numbers(100);
SELECT countDistinct(toString(number % 13)) FROM numbers(100);
SELECT number % 2 AS k, count(DISTINCT number % 7) FROM numbers(50) GROUP BY k ORDER BY k;
