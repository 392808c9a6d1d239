SELECT toTypeName(toUInt8(1) - toUInt8(2)), toUInt8(1) - toUInt8(2);
SELECT toTypeName(toUInt16(1) - toUInt8(2)), toUInt16(1) - toUInt8(2);
SELECT toTypeName(toUInt32(1) - toUInt32(2)), toUInt32(1) - toUInt32(2);
SELECT toTypeName(toUInt64(1) - toUInt64(2)), toUInt64(1) - toUInt64(2);
SELECT toTypeName(toInt8(1) - toInt8(2)), toTypeName(toInt32(1) - toInt64(2)), toTypeName(toFloat32(1) - toFloat32(2));
SELECT 10 - 3, 3 - 10, -5 - -5;
