-- reference: ClickHouse docs (modern)
SELECT number, first_value(number) OVER w AS f, last_value(number) OVER w AS l, nth_value(number, 2) OVER w AS n2 FROM numbers(4) WINDOW w AS (ORDER BY number) ORDER BY number;
SELECT x, first_value(x) OVER (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS f, nth_value(x, 3) OVER (ORDER BY x ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS n3 FROM (SELECT arrayJoin(['b', 'a', 'c']) AS x) ORDER BY x;
SELECT nth_value(number, 0) OVER (ORDER BY number) FROM numbers(3); -- { serverError BAD_ARGUMENTS }
