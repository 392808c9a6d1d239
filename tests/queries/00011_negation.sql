SELECT -(5), -(-5), negate(3), abs(-3), abs(3);
SELECT toTypeName(-toUInt8(1)), toTypeName(-toInt8(1)), toTypeName(-toUInt32(1)), toTypeName(abs(toInt8(-1)));
SELECT -toUInt8(200), abs(toInt8(-128));
