-- reference: ClickHouse docs (modern): system.table_functions lists name, description, allow_readonly
SELECT name FROM system.table_functions WHERE name IN ('numbers', 'values') ORDER BY name;
SELECT count() >= 2 FROM system.table_functions;
SELECT name, allow_readonly FROM system.table_functions WHERE name = 'numbers';
DESCRIBE TABLE system.table_functions;
SELECT name FROM system.table_functions WHERE name IN ('file', 'generateRandom', 'numbers_mt', 'zeros', 'zeros_mt') ORDER BY name;
