-- reference: ClickHouse docs (modern); 18.16 gives the same rows for the type families it has (no Map, Bool, DateTime64)
-- Introspection: system.data_type_families (case-insensitive aliases), system.functions flags and aliases, system.table_functions.
SELECT name, case_insensitive, alias_to FROM system.data_type_families WHERE name IN ('UInt8', 'String', 'Array', 'Nullable', 'LowCardinality', 'Map', 'Tuple', 'DateTime64', 'Decimal', 'INT', 'VARCHAR', 'TEXT', 'DOUBLE', 'BIGINT', 'FLOAT', 'TINYINT', 'Bool', 'Enum8', 'Nothing') ORDER BY name;
SELECT alias_to, count() FROM system.data_type_families WHERE name IN ('INT', 'INTEGER', 'BIGINT', 'VARCHAR', 'TEXT', 'CHAR') GROUP BY alias_to ORDER BY alias_to;
SELECT name, case_insensitive FROM system.data_type_families WHERE name LIKE 'Decimal%' ORDER BY name;
SELECT name, is_aggregate, case_insensitive, alias_to FROM system.functions WHERE name IN ('lower', 'lcase', 'substr', 'substring', 'max', 'avg', 'greatest', 'concat', 'plus', 'uniqExact') ORDER BY name;
SELECT is_aggregate, count() FROM system.functions WHERE name IN ('sum', 'count', 'min', 'length', 'abs', 'toString') GROUP BY is_aggregate ORDER BY is_aggregate;
SELECT name FROM system.functions WHERE name IN ('toDate', 'todate', 'TODATE') ORDER BY name;
SELECT name FROM system.table_functions WHERE name IN ('numbers', 'numbers_mt', 'zeros', 'zeros_mt', 'values', 'file', 'generateRandom') ORDER BY name;
SELECT name, allow_readonly FROM system.table_functions WHERE name IN ('numbers', 'zeros') ORDER BY name;
