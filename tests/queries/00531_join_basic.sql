-- Hash joins as BI tools and the JDBC driver's DatabaseMetaData write them.
CREATE TABLE jl (id UInt32, name String) ENGINE = Memory;
CREATE TABLE jr (id UInt64, v String) ENGINE = Memory;
INSERT INTO jl VALUES (1, 'a'), (2, 'b'), (3, 'c'), (3, 'c2');
INSERT INTO jr VALUES (3, 'x'), (1, 'y'), (3, 'z'), (4, 'w');
SELECT jl.id, name, v FROM jl JOIN jr ON jl.id = jr.id ORDER BY jl.id, name, v;
SELECT jl.id, name, v FROM jl LEFT JOIN jr ON jl.id = jr.id ORDER BY jl.id, name, v;
SELECT * FROM jl AS t INNER JOIN jr AS u ON t.id = u.id ORDER BY name, v;
SELECT count() FROM jl, jr;
SELECT count() FROM jl CROSS JOIN jr WHERE jl.id < jr.id;
SELECT t.name, d.engine FROM system.tables t JOIN system.databases d ON system.tables.database = system.databases.name WHERE t.database = currentDatabase() ORDER BY t.name;
SELECT name, sum(length(v)) FROM jl LEFT OUTER JOIN jr ON jl.id = jr.id GROUP BY name ORDER BY name;
