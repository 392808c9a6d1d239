SELECT NULL + 1, 1 - NULL, NULL * NULL, NULL = NULL, NULL < 1;
SELECT toTypeName(toNullable(1) + 1), toNullable(1) + 1;
SELECT toTypeName(toNullable(toUInt8(1)) = 1), concat('a', NULL), length(NULL);
SELECT toNullable(5) > 3, [toNullable(1), NULL];
