-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT reinterpretAsUInt64(toFloat64(1.5)), reinterpretAsFloat64(toUInt64(4609434218613702656)), reinterpretAsUInt32(toFloat32(1));
SELECT reinterpret(toInt8(-1), 'UInt8'), reinterpret(toUInt16(65535), 'Int16'), reinterpret(toFloat32(-0.), 'UInt32'), toTypeName(reinterpret(1, 'Float32'));
SELECT reinterpretAsDate(toUInt16(1)), reinterpretAsDateTime(toUInt32(86400)), reinterpretAsUInt8(toUInt16(258)), reinterpretAsInt64(toInt8(-1));
