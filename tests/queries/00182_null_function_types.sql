SELECT toTypeName(ifNull(toNullable(1), 2)), toTypeName(coalesce(toNullable(1), 2)), toTypeName(nullIf(1, 2)), toTypeName(isNull(NULL));
SELECT toTypeName(coalesce(toNullable(1), toNullable(2))), coalesce(toNullable(1), toNullable(2));
SELECT toTypeName(toNullable('a')), toTypeName(assumeNotNull(toNullable('a')));
