-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT * FROM file('strata_01590.tsv', 'TSV', 'id UInt8, name String, d Date') ORDER BY id;
SELECT count(), sum(id) FROM file('strata_01590.tsv', 'TabSeparated', 'id UInt8, name String, d Date');
SELECT name, toDayOfWeek(d) FROM file('strata_01590.tsv', 'TSV', 'id UInt8, name String, d Date') WHERE id > 1 ORDER BY name;
