-- reference: ClickHouse 18.16
SELECT toInt8OrZero('12'), toInt8OrZero('x'), toInt16OrZero('-5'), toInt32OrZero(''), toInt64OrZero('123abc');
SELECT toUInt8OrZero('255'), toUInt32OrZero('4294967295'), toUInt64OrZero('abc');
SELECT toInt8OrNull('12'), toInt8OrNull('x'), toInt16OrNull(''), toInt32OrNull('7'), toInt64OrNull('1.5');
SELECT toUInt8OrNull('1'), toUInt16OrNull('z'), toUInt32OrNull('42'), toUInt64OrNull('');
SELECT toFloat32OrZero('1.5'), toFloat32OrZero('x'), toFloat64OrZero('-2.25'), toFloat32OrNull('x'), toFloat64OrNull('1e3');
SELECT toTypeName(toInt8OrNull('1')), toTypeName(toFloat64OrZero('1'));
