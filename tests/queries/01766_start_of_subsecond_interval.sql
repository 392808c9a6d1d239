-- reference: ClickHouse docs (modern): toStartOfInterval with sub-second intervals works on DateTime64 and keeps its type
SELECT toStartOfInterval(toDateTime64('2024-01-01 10:00:00.123456', 6, 'UTC'), INTERVAL 100 MILLISECOND);
SELECT toStartOfInterval(toDateTime64('2024-01-01 10:00:00.123456', 6, 'UTC'), toIntervalMicrosecond(50));
SELECT toStartOfInterval(toDateTime64('2024-01-01 10:00:00.123456789', 9, 'UTC'), toIntervalNanosecond(1000));
SELECT toTypeName(toStartOfInterval(toDateTime64('2024-01-01 10:00:00.123', 3, 'UTC'), INTERVAL 10 MILLISECOND));
SELECT toStartOfInterval(toDateTime('2024-01-01 10:00:07', 'UTC'), toIntervalMillisecond(100)); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
