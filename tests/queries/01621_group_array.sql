-- reference: ClickHouse 18.16
SELECT groupArray(number) FROM numbers(5);
SELECT groupArray(3)(number) FROM numbers(10);
SELECT number % 2 AS k, groupArray(number) FROM (SELECT number FROM numbers(8) ORDER BY number) GROUP BY k ORDER BY k;
SELECT groupArray(toString(number)) FROM numbers(3);
