-- reference: ClickHouse 18.16
SELECT e(), pi(), toTypeName(e()), toTypeName(pi());
SELECT isNaN(nan), isNaN(1), isNaN(0 / 0), isFinite(1), isFinite(inf), isFinite(nan), isInfinite(inf), isInfinite(-inf), isInfinite(nan), isInfinite(1);
SELECT isNaN(toFloat32(nan)), isFinite(toUInt8(1)), isInfinite(1 / 0), isInfinite(-1 / 0);
SELECT number, isNaN(log(toFloat64(number) - 2)), isInfinite(log(toFloat64(number))) FROM numbers(4) ORDER BY number;
