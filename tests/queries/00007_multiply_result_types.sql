SELECT toTypeName(toUInt8(2) * toUInt8(3)), toUInt8(200) * toUInt8(200);
SELECT toTypeName(toInt16(2) * toUInt16(3)), toInt16(-300) * toUInt16(300);
SELECT toTypeName(toUInt32(2) * toUInt32(3)), toUInt32(4000000000) * toUInt32(2);
SELECT toTypeName(toInt64(2) * toInt8(3)), toInt64(-5) * toInt8(3);
SELECT toTypeName(toFloat32(1.5) * toFloat32(2)), toFloat32(1.5) * toFloat32(2);
