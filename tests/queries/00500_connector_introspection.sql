-- What Grafana's and Superset's ClickHouse connectors ask when they connect.
SELECT currentUser(), user();
SELECT timezone() != '';
SELECT count() > 0 FROM system.settings WHERE name = 'max_threads';
SELECT name, type FROM system.settings WHERE name IN ('max_threads', 'max_block_size') ORDER BY name;
CREATE TABLE connector_t (id UInt64, name String, ts DateTime) ENGINE = MergeTree ORDER BY id;
SHOW TABLES LIKE 'connector%';
DESCRIBE TABLE connector_t;
SELECT database = currentDatabase(), table, name, type, is_in_primary_key FROM system.columns WHERE database = currentDatabase() AND table = 'connector_t' ORDER BY position;
DROP TABLE connector_t;
