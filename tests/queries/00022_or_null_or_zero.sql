SELECT toUInt8OrNull('12'), toUInt8OrNull('abc'), toUInt8OrNull('');
SELECT toInt32OrZero('-5'), toInt32OrZero('x'), toFloat64OrZero('2.5'), toFloat64OrZero('nope');
SELECT toDateOrNull('2024-02-29'), toDateOrNull('x'), toDateOrZero('garbage');
SELECT toTypeName(toUInt8OrNull('1')), toTypeName(toInt32OrZero('1'));
