SELECT toTypeName(length('a')), toTypeName(concat('a', 'b')), toTypeName(upper('a')), toTypeName(count());
SELECT toTypeName(toYear(toDate('2024-01-01'))), toTypeName(toMonth(toDate('2024-01-01'))), toTypeName(toHour(toDateTime('2024-01-01 00:00:00', 'UTC')));
SELECT toTypeName(position('a', 'a')), toTypeName(materialize(1)), toTypeName(range(3)), toTypeName(toString(1));
SELECT toTypeName(1 = 1), toTypeName(isNull(1)), toTypeName(intDiv(10, 3)), toTypeName(sqrt(4)), toTypeName(abs(-1));
