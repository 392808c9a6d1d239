-- reference: ClickHouse 18.16
-- Cleaning phone numbers and masking with replaceRegexpAll/replaceOne over a table.
CREATE TABLE phones (id UInt32, raw String) ENGINE = Memory;
INSERT INTO phones VALUES (1, '+1 (555) 010-2000'), (2, '555.010.3000'), (3, 'n/a'), (4, '  555 010 4000 ');
SELECT id, replaceRegexpAll(raw, '[^0-9]', ''), replaceRegexpOne(raw, '\\d{4}', 'XXXX'), replaceOne(raw, '555', '###') FROM phones ORDER BY id;
SELECT id FROM phones WHERE match(raw, '\\d{3}.\\d{3}.\\d{4}') ORDER BY id;
SELECT extractAll(raw, '\\d+') FROM phones ORDER BY id;
DROP TABLE phones;
