SELECT name, is_aggregate FROM system.functions WHERE name IN ('plus', 'count', 'toDate', 'sum', 'length') ORDER BY name;
SELECT count() > 100 FROM system.functions;
