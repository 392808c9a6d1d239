-- reference: ClickHouse docs (modern) (18.16 prints the same rows and types)
-- The ANY LEFT JOIN of numbers() with join_use_nulls: the unmatched row is NULL.
SELECT a.number, b.number FROM numbers(3) a ANY LEFT JOIN numbers(5) b ON a.number = b.number + 1 ORDER BY 1 SETTINGS join_use_nulls = 1;
SELECT a.number, b.number FROM numbers(3) a ANY LEFT JOIN numbers(5) b ON a.number = b.number + 1 ORDER BY 1 SETTINGS join_use_nulls = 0;
SELECT toTypeName(b.number) FROM numbers(3) a ANY LEFT JOIN numbers(5) b ON a.number = b.number + 1 LIMIT 1 SETTINGS join_use_nulls = 1;
SELECT toTypeName(b.number) FROM numbers(3) a ANY LEFT JOIN numbers(5) b ON a.number = b.number + 1 LIMIT 1 SETTINGS join_use_nulls = 0;
SELECT a.number, b.number FROM numbers(3) a ALL LEFT JOIN numbers(5) b ON a.number = b.number + 1 ORDER BY 1 SETTINGS join_use_nulls = 1;
