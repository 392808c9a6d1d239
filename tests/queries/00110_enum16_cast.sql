SELECT CAST('b' AS Enum8('a' = 1, 'b' = 2)), CAST(2 AS Enum8('a' = 1, 'b' = 2)), toTypeName(CAST('a' AS Enum16('a' = 1000)));
SELECT CAST(CAST('b' AS Enum8('a' = 1, 'b' = 2)) AS UInt8);
SELECT CAST('c' AS Enum8('a' = 1, 'b' = 2)); -- { serverError UNKNOWN_ELEMENT_OF_ENUM }
