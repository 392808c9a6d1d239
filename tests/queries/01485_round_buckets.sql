-- reference: ClickHouse 18.16
SELECT roundToExp2(0), roundToExp2(1), roundToExp2(3), roundToExp2(100), roundToExp2(1024), roundToExp2(-5), roundToExp2(0.3), roundToExp2(5.5);
SELECT toTypeName(roundToExp2(toUInt8(100))), toTypeName(roundToExp2(toInt64(5))), toTypeName(roundToExp2(5.5));
SELECT number, roundDuration(number * 7), roundAge(number * 7) FROM numbers(12) ORDER BY number;
SELECT roundDuration(0), roundDuration(9), roundDuration(599), roundDuration(36000), roundDuration(100000), toTypeName(roundDuration(100));
SELECT roundAge(0), roundAge(1), roundAge(17), roundAge(18), roundAge(24), roundAge(25), roundAge(54), roundAge(55), roundAge(200), toTypeName(roundAge(30));
