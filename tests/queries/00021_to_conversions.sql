SELECT toUInt8('12'), toInt16('-300'), toUInt32(3.99), toInt64(-3.99), toFloat64('1.5'), toFloat32('0.25');
SELECT toString(123), toString(-1.5), toString('x'), toString(toDate('2024-01-15'));
SELECT toTypeName(toUInt8('12')), toTypeName(toFloat32('0.25')), toTypeName(toString(1));
SELECT toInt32('1e3'); -- { serverError CANNOT_PARSE_TEXT }
