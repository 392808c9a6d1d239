SHOW DATABASES LIKE 'system';
SELECT name FROM system.databases WHERE name = 'system';
CREATE DATABASE IF NOT EXISTS system;
DROP DATABASE IF EXISTS no_such_database_00143;
SELECT 'done';
