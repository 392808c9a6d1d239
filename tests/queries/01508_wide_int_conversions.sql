-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toInt128(-170141183460469231731687303715884105728), toUInt128('340282366920938463463374607431768211455');
SELECT toInt256('-1'), toUInt256(123), toTypeName(toInt128(1)), toTypeName(toUInt256(1));
SELECT toInt128OrZero('x'), toInt128OrNull('x'), toUInt256OrZero('1'), toUInt128OrNull('12');
SELECT toInt256OrNull('abc'), toInt256OrZero('5'), toUInt256OrNull('5'), toUInt128OrZero('x');
