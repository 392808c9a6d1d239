SELECT toStartOfHour(toDateTime('2024-03-01 12:34:56', 'UTC'));
SELECT toStartOfMinute(toDateTime('2024-03-01 12:34:56', 'UTC'));
SELECT toStartOfDay(toDateTime('2024-03-01 12:34:56', 'UTC'));
SELECT toStartOfMonth(toDate('2024-03-15')), toStartOfYear(toDate('2024-03-15')), toStartOfQuarter(toDate('2024-05-15'));
SELECT toMonday(toDate('2024-03-07')), toMonday(toDate('2024-03-04')), toStartOfMonth(toDateTime('2024-03-15 10:00:00', 'UTC'));
