SELECT intDiv(7, 2), intDiv(-7, 2), intDiv(7, -2), intDiv(-7, -2);
SELECT 7 % 3, -7 % 3, 7 % -3, -7 % -3;
SELECT modulo(10, 4), 10 % 4;
SELECT toTypeName(intDiv(toUInt16(7), toUInt8(2))), toTypeName(intDiv(toUInt8(7), toUInt16(2))), toTypeName(intDiv(toInt32(7), toUInt8(2)));
SELECT toTypeName(toUInt16(7) % toUInt8(2)), toTypeName(toUInt8(7) % toUInt16(2)), toTypeName(toUInt64(7) % toUInt32(2));
