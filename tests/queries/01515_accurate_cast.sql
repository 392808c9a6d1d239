-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT accurateCast(200, 'UInt8'), accurateCast(-1, 'Int8'), accurateCast(5., 'UInt8'), accurateCast('42', 'UInt16');
SELECT accurateCast(-1, 'UInt8'); -- { serverError CANNOT_CONVERT_TYPE }
SELECT accurateCast(256, 'UInt8'); -- { serverError CANNOT_CONVERT_TYPE }
SELECT accurateCastOrNull(-1, 'UInt8'), accurateCastOrNull(128, 'Int8'), accurateCastOrNull(1.5, 'UInt8'), accurateCastOrNull('Test', 'UInt8'), accurateCastOrNull(127, 'Int8');
SELECT toTypeName(accurateCastOrNull(1, 'UInt8')), toTypeName(accurateCast(1, 'Int64'));
SELECT number, accurateCastOrNull(toInt64(number) * 100 - 100, 'UInt8') FROM numbers(5) ORDER BY number;
