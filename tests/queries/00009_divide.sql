SELECT 1 / 2, 10 / 4, -7 / 2, 6 / 3, toTypeName(6 / 3);
SELECT toTypeName(toUInt8(1) / toUInt64(3)), toTypeName(toFloat32(1) / toFloat32(4)), toFloat32(1) / toFloat32(4);
SELECT 1 / 3, 2 / 3, 1 / 8;
