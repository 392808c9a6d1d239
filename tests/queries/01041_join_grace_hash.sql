-- reference: ClickHouse docs (modern)
-- join_algorithm = 'grace_hash' (and 'partial_merge', served by it) gives the same rows as the in-memory join.
SELECT count(), sum(a.number), sum(b.number) FROM numbers(20000) a JOIN (SELECT number * 3 AS number FROM numbers(20000)) b USING number SETTINGS join_algorithm = 'grace_hash';
SELECT count(), sum(a.number), sum(b.number) FROM numbers(20000) a JOIN (SELECT number * 3 AS number FROM numbers(20000)) b USING number SETTINGS join_algorithm = 'hash';
SELECT count(), sum(number), sum(b.number) FROM numbers(20000) a FULL JOIN (SELECT number * 3 AS number FROM numbers(20000)) b USING number SETTINGS join_algorithm = 'partial_merge';
SELECT count(), sum(number), sum(b.number) FROM numbers(20000) a FULL JOIN (SELECT number * 3 AS number FROM numbers(20000)) b USING number SETTINGS join_algorithm = 'default';
SELECT count() FROM numbers(20000) a RIGHT ANTI JOIN (SELECT number * 3 AS number FROM numbers(20000)) b USING number SETTINGS join_algorithm = 'grace_hash';
SELECT count() FROM numbers(20000) a LEFT SEMI JOIN (SELECT number * 3 AS number FROM numbers(20000)) b USING number SETTINGS join_algorithm = 'auto';
SELECT count() FROM numbers(10) a JOIN numbers(10) b USING number SETTINGS join_algorithm = 'nested_loop'; -- { serverError BAD_ARGUMENTS }
