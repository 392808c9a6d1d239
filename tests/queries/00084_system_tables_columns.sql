CREATE TABLE t1 (a UInt8, b String, c Nullable(Float64)) ENGINE = Memory;
CREATE TABLE t2 (x Array(UInt32)) ENGINE = Memory;
SELECT name, engine FROM system.tables WHERE database = currentDatabase() ORDER BY name;
SELECT table, name, type, position FROM system.columns WHERE database = currentDatabase() ORDER BY table, position;
SELECT count() FROM system.tables WHERE database = currentDatabase();
