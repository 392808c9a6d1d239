-- reference: ClickHouse docs (modern): functions the planner compiles itself, called by name
SELECT arrayLast(x -> x > 1, [1, 2, 3, 0]), arrayLastIndex(x -> x > 1, [1, 2, 3, 0]);
SELECT arrayLast(x -> x > 5, [1, 2]), arrayLastIndex(x -> x > 5, [1, 2]), arrayFirstIndex(x -> x > 5, [1, 2]);
SELECT exists(SELECT 1), exists(SELECT 1 WHERE 0);
SELECT number FROM numbers(6) WHERE globalIn(number, (SELECT number FROM numbers(2, 2))) ORDER BY number;
SELECT number FROM numbers(6) WHERE globalNotIn(number, (SELECT number FROM numbers(2, 2))) ORDER BY number;
SELECT number FROM numbers(6) WHERE number GLOBAL IN (1, 5) ORDER BY number;
SELECT in(2, (1, 2, 3)), notIn(2, (1, 2, 3)), globalIn(4, (1, 2, 3)), globalNotIn(4, (1, 2, 3));
