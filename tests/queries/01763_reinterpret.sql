-- reference: ClickHouse docs (modern): reinterpretAs* read the bytes of the value (little-endian)
SELECT reinterpretAsString(65), reinterpretAsString(toUInt16(16961)), length(reinterpretAsString(toUInt32(65)));
SELECT hex(reinterpretAsFixedString(toUInt32(258))), toTypeName(reinterpretAsFixedString(toUInt32(258)));
SELECT reinterpretAsInt8(toUInt8(255)), reinterpretAsUInt16('AB'), reinterpretAsInt16(toUInt16(65535)), reinterpretAsInt32(toUInt32(4294967295));
SELECT reinterpretAsFloat32(toUInt32(1065353216)), reinterpretAsUInt16(toInt16(-1)), reinterpretAsInt8('A');
SELECT reinterpretAsString(reinterpretAsFixedString(toUInt64(0x6f6c6c6568))) ;
