-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT * FROM file('strata_01591.csv', 'CSV', 'a UInt32, b String, c Float64') ORDER BY a;
SELECT id, name, tags FROM file('strata_01592.jsonl', 'JSONEachRow', 'id UInt8, name String, tags Array(String)') ORDER BY id;
SELECT sum(length(tags)) FROM file('strata_01592.jsonl', 'JSONEachRow', 'id UInt8, name String, tags Array(String)');
