-- reference: ClickHouse 18.16
SELECT toFloat32(1.1), toFloat64(1.1), toFloat32('3.25'), toFloat64('-1e-3'), toFloat64('inf'), toFloat64('nan');
SELECT toFloat32(16777217), toFloat64(toUInt64(18446744073709551615)), toFloat64(toDecimal32(1.5, 2));
SELECT toTypeName(toFloat32(1)), toTypeName(toFloat64(1));
SELECT number, toFloat32(number / 3), toFloat64(number / 3) FROM numbers(4) ORDER BY number;
