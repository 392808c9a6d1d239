SELECT toYear(toDate('2024-03-01')), toMonth(toDate('2024-03-01')), toDayOfMonth(toDate('2024-03-01')), toDayOfWeek(toDate('2024-03-01')), toDayOfYear(toDate('2024-03-01')), toQuarter(toDate('2024-03-01'));
SELECT toYYYYMM(toDate('2024-03-01')), toYYYYMMDD(toDate('2024-03-01')), toTypeName(toYYYYMM(toDate('2024-03-01')));
SELECT toHour(toDateTime('2024-03-01 12:34:56', 'UTC')), toMinute(toDateTime('2024-03-01 12:34:56', 'UTC')), toSecond(toDateTime('2024-03-01 12:34:56', 'UTC'));
SELECT toYYYYMMDDhhmmss(toDateTime('2024-03-01 12:34:56', 'UTC'));
SELECT toDayOfWeek(toDate('2024-03-03')), toDayOfWeek(toDate('2024-03-04'));
