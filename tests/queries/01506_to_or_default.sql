-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toInt8OrDefault('12'), toInt8OrDefault('x'), toInt8OrDefault('x', toInt8(-1)), toInt16OrDefault('x', toInt16(7)), toInt32OrDefault('5', toInt32(9)), toInt64OrDefault('', toInt64(3));
SELECT toUInt8OrDefault('x', toUInt8(9)), toUInt16OrDefault('1'), toUInt32OrDefault('x', toUInt32(4)), toUInt64OrDefault('x');
SELECT toInt128OrDefault('x', toInt128(5)), toInt256OrDefault('12'), toUInt128OrDefault('x'), toUInt256OrDefault('7');
SELECT toFloat32OrDefault('x', toFloat32(1.5)), toFloat64OrDefault('2.5'), toFloat64OrDefault('x');
SELECT toTypeName(toInt8OrDefault('1')), toTypeName(toFloat32OrDefault('x'));
