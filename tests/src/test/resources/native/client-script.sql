-- The script every native client runs (NativeClientsTest): clickhouse-client 18.16,
-- clickhouse-driver (Python), the housepower native JDBC driver, and, to prove the script,
-- clickhouse-client against a ClickHouse 18.16 server. Each runs it in a database of its own.
--
-- Sections start with a line "-- statement", "-- insert TABLE", "-- query" or "-- result";
-- "skip=a,b" on the line leaves a section out for those runners (clickhouse18, jdbc, python,
-- clickhouse-client). An insert's rows are TabSeparated; "as=CSV" or "as=JSONEachRow" has
-- clickhouse-client send them in that format instead (the harness converts them).
-- Floats are exact binary fractions and decimals have no trailing zeros, so that every client
-- prints them the same way (18.16 prints Decimal(9, 2) 1.5 as 1.50, modern ClickHouse and Strata
-- over HTTP as 1.5). Map is for the clients that know the type (not 18.16's, nor the JDBC driver).

-- statement
CREATE TABLE nc_numbers (u8 UInt8, i16 Int16, u32 UInt32, i64 Int64, u64 UInt64, f32 Float32, f64 Float64) ENGINE = Memory
-- insert nc_numbers
0	-1	0	-9223372036854775808	0	0	-0.5
255	32767	4294967295	9223372036854775807	18446744073709551615	1.5	2.25
7	-300	100000	-42	42	-2.75	1024.125
-- query
SELECT * FROM nc_numbers ORDER BY u8
-- result
0	-1	0	-9223372036854775808	0	0	-0.5
7	-300	100000	-42	42	-2.75	1024.125
255	32767	4294967295	9223372036854775807	18446744073709551615	1.5	2.25
-- query
SELECT count(), sum(u32), min(i64), max(f64) FROM nc_numbers
-- result
3	4295067295	-9223372036854775808	1024.125

-- statement
CREATE TABLE nc_strings (id UInt32, s String, n Nullable(String), ni Nullable(Int32)) ENGINE = Memory
-- insert nc_strings
1	plain	\N	\N
2	tab\there	x	5
3	quote ' and "	\N	-7
-- insert nc_strings as=CSV
4	comma, in csv	y	8
-- insert nc_strings as=JSONEachRow skip=clickhouse18
5	json	z	9
-- query
SELECT id, s, n, ni, isNull(n) FROM nc_strings WHERE id <= 4 ORDER BY id
-- result
1	plain	\N	\N	1
2	tab\there	x	5	0
3	quote \' and "	\N	-7	1
4	comma, in csv	y	8	0
-- query
SELECT count(), countIf(n IS NULL), sum(ni) FROM nc_strings WHERE id <= 4
-- result
4	2	6

-- statement
CREATE TABLE nc_dates (id UInt32, d Date, dt DateTime, u UUID, e Enum8('red' = 1, 'green' = 2), dec Decimal(9, 2), dec18 Decimal(18, 4)) ENGINE = Memory
-- insert nc_dates
1	2020-01-02	2020-01-02 03:04:05	61f0c404-5cb3-11e7-907b-a6006ad3dba0	red	1.25	-12345.6789
2	1999-12-31	2038-01-19 03:14:07	00000000-0000-0000-0000-000000000000	green	-0.25	0.0001
-- query
SELECT * FROM nc_dates ORDER BY id
-- result
1	2020-01-02	2020-01-02 03:04:05	61f0c404-5cb3-11e7-907b-a6006ad3dba0	red	1.25	-12345.6789
2	1999-12-31	2038-01-19 03:14:07	00000000-0000-0000-0000-000000000000	green	-0.25	0.0001
-- query
SELECT toString(e), toYear(d), toHour(dt), dec + toDecimal32(0.01, 2) FROM nc_dates ORDER BY id
-- result
red	2020	3	1.26
green	1999	3	-0.24

-- statement
CREATE TABLE nc_nested (id UInt32, a Array(Int32), sa Array(String), t Tuple(Int32, String)) ENGINE = Memory
-- insert nc_nested
1	[1,2,3]	['a','b']	(5,'q')
2	[]	[]	(-6,'')
3	[-7]	['it\'s']	(0,'x y')
-- query
SELECT * FROM nc_nested ORDER BY id
-- result
1	[1,2,3]	['a','b']	(5,'q')
2	[]	[]	(-6,'')
3	[-7]	['it\'s']	(0,'x y')
-- query
SELECT id, length(a), arraySum(a), tupleElement(t, 2) FROM nc_nested ORDER BY id
-- result
1	3	6	q
2	0	0	
3	1	-7	x y

-- statement
CREATE TABLE nc_lc (id UInt32, lc LowCardinality(String)) ENGINE = Memory
-- insert nc_lc
1	red
2	green
3	red
4	blue
-- query
SELECT * FROM nc_lc ORDER BY id
-- result
1	red
2	green
3	red
4	blue
-- query
SELECT lc, count() FROM nc_lc GROUP BY lc ORDER BY lc
-- result
blue	1
green	1
red	2

-- statement skip=clickhouse18,jdbc,clickhouse-client
CREATE TABLE nc_map (id UInt32, m Map(String, UInt64)) ENGINE = Memory
-- insert nc_map skip=clickhouse18,jdbc,clickhouse-client
1	{'a':1,'b':2}
2	{}
-- query skip=clickhouse18,jdbc,clickhouse-client
SELECT * FROM nc_map ORDER BY id
-- result
1	{'a':1,'b':2}
2	{}

-- query
SELECT number, toString(number * 3) FROM system.numbers LIMIT 3
-- result
0	0
1	3
2	6
-- query
SELECT sum(number) FROM numbers(100000)
-- result
4999950000
