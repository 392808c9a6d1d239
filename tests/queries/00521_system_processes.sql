SELECT query_kind, is_initial_query, is_cancelled, user, position(query, 'SELECT query_kind') > 0, elapsed >= 0 FROM system.processes WHERE query LIKE '%00521-marker%';
SELECT name, type FROM system.columns WHERE database = 'system' AND table = 'processes' AND name IN ('address', 'port', 'elapsed', 'read_rows', 'memory_usage', 'query', 'thread_ids', 'Settings') ORDER BY name;
KILL QUERY WHERE query_id = 'no-such-query-00521';
KILL QUERY WHERE query_id = 'no-such-query-00521' TEST;
SELECT sleepEachRow(0.5) FROM numbers(10) SETTINGS max_block_size = 1, max_execution_time = 0.1; -- { serverError TIMEOUT_EXCEEDED }
SELECT count() FROM numbers(10) SETTINGS max_execution_time = 60, timeout_overflow_mode = 'break';
