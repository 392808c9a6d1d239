-- reference: ClickHouse 18.16
SELECT number % 4 AS k, count() AS c FROM numbers(10) GROUP BY k WITH TOTALS HAVING c > 2 ORDER BY k SETTINGS totals_mode = 'before_having';
SELECT number % 4 AS k, count() AS c FROM numbers(10) GROUP BY k WITH TOTALS HAVING c > 2 ORDER BY k SETTINGS totals_mode = 'after_having_exclusive';
SELECT number % 4 AS k, count() AS c FROM numbers(10) GROUP BY k WITH TOTALS HAVING c > 2 ORDER BY k SETTINGS totals_mode = 'after_having_inclusive';
SELECT number % 4 AS k, sum(number) AS s FROM numbers(10) GROUP BY k WITH TOTALS HAVING s < 15 ORDER BY k SETTINGS totals_mode = 'after_having_auto';
