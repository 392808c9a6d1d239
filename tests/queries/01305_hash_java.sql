-- reference: ClickHouse docs (modern): javaHash, javaHashUTF16LE and hiveHash are not in 18.16.
SELECT javaHash('Hello, world!'), hiveHash('Hello, world!'), javaHash(''), hiveHash('');
SELECT javaHash(toInt8(-5)), javaHash(toInt16(300)), javaHash(toInt32(7)), javaHash(toInt64(-1)), javaHash(toInt64(4294967296));
SELECT javaHashUTF16LE(unhex('7400650073007400')), javaHashUTF16LE(unhex('FFFE7400650073007400'));
SELECT toTypeName(javaHash('')), toTypeName(hiveHash(''));
SELECT javaHash(toUInt8(1)); -- { serverError NOT_IMPLEMENTED }
SELECT javaHash('a', 'b'); -- { serverError NOT_IMPLEMENTED }
SELECT javaHashUTF16LE('abc'); -- { serverError BAD_ARGUMENTS }
