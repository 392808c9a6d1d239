-- reference: ClickHouse 18.16
SELECT sqrt(16), sqrt(2), sqrt(-1), cbrt(-8);
SELECT pow(2, 10), power(2, 0.5), pow(-8, 1/3), pow(0, 0), power(10, -2), pow(2, 1024);
SELECT toTypeName(sqrt(toUInt8(4))), toTypeName(pow(2, 3)), toTypeName(cbrt(toFloat32(8)));
SELECT number, sqrt(number * number), pow(number, 3) FROM numbers(5) ORDER BY number;
