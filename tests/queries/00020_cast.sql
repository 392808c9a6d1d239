SELECT CAST(1 AS String), CAST('42' AS UInt8), CAST(3.7 AS Int32), CAST(-3.7 AS Int32);
SELECT CAST('2024-03-01' AS Date), CAST(1.5 AS String), CAST(0 AS UInt8);
SELECT toTypeName(CAST(1 AS Nullable(UInt8))), CAST(NULL AS Nullable(String));
SELECT CAST([1, 2] AS Array(String)), CAST('1' AS Float64) + 1;
SELECT 5::String, toTypeName('7'::UInt32), '7'::UInt32 + 1;
SELECT CAST('abc' AS UInt8); -- { serverError CANNOT_PARSE_TEXT }
SELECT CAST(NULL AS UInt8); -- { serverError CANNOT_INSERT_NULL_IN_ORDINARY_COLUMN }
