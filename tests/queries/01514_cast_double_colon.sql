-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT 1::UInt8, '123'::UInt32, '2020-05-17'::Date, 1.9::Int8, toTypeName(1::Int64);
SELECT '2020-05-17 13:14:15'::DateTime('Asia/Tokyo'), [1, 2]::Array(String), (1 + 2)::String;
SELECT number::String AS s, toTypeName(s) FROM numbers(2) ORDER BY number;
