-- reference: ClickHouse docs (modern): EXPLAIN [PLAN] nests each step under its consumer; EXPLAIN PIPELINE shows (steps) and their processors
EXPLAIN SELECT number FROM numbers(10) WHERE number > 2 ORDER BY number;
EXPLAIN PLAN SELECT count() FROM numbers(10) GROUP BY number % 3;
EXPLAIN PIPELINE SELECT count() FROM numbers(10) GROUP BY number % 3;
EXPLAIN PIPELINE SELECT number FROM numbers(3);
