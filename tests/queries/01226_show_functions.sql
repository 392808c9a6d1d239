-- reference: ClickHouse docs (modern): SHOW FUNCTIONS is SELECT * FROM system.functions [WHERE name LIKE ...]
SELECT name, is_aggregate FROM system.functions WHERE name IN ('plus', 'sum') ORDER BY name;
SHOW FUNCTIONS LIKE 'plus';
SHOW FUNCTIONS LIKE 'uniqExac%';
SHOW FUNCTIONS ILIKE 'TOYYYYMM';
SELECT name, is_aggregate FROM system.functions WHERE name IN ('arrayMap', 'arrayFilter', 'arrayJoin', 'in', 'notIn', 'globalIn') ORDER BY name;
