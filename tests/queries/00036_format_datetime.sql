SELECT formatDateTime(toDateTime('2024-03-01 12:34:56', 'UTC'), '%Y/%m/%d %T');
SELECT formatDateTime(toDate('2024-03-05'), '%d.%m.%Y'), formatDateTime(toDateTime('2024-03-01 07:08:09', 'UTC'), '%F %T');
SELECT toString(toDate('2024-03-05')), toString(toDateTime('2024-03-01 07:08:09', 'UTC'));
SELECT toDateTime('2024-03-01 12:00:00', 'UTC') > toDateTime('2024-03-01 11:59:59', 'UTC');
