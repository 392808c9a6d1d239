SELECT toDate('2024-02-28') + 1, toDate('2024-02-28') + 2, toDate('2024-03-01') - 1;
SELECT toDate('2024-03-01') - toDate('2024-02-01');
SELECT addDays(toDate('2024-12-31'), 1), addMonths(toDate('2024-01-31'), 1), addYears(toDate('2024-02-29'), 1), subtractMonths(toDate('2024-03-31'), 1);
SELECT addHours(toDateTime('2024-03-01 23:00:00', 'UTC'), 2), addMinutes(toDateTime('2024-03-01 00:00:00', 'UTC'), -1), addSeconds(toDateTime('2024-03-01 00:00:00', 'UTC'), 61);
SELECT toDateTime('2024-03-01 00:00:00', 'UTC') + 3600, toDateTime('2024-03-01 00:00:00', 'UTC') - 1;
SELECT dateDiff('day', toDate('2024-01-01'), toDate('2024-03-01')), dateDiff('month', toDate('2024-01-15'), toDate('2024-03-01')), dateDiff('hour', toDateTime('2024-03-01 00:00:00', 'UTC'), toDateTime('2024-03-02 06:00:00', 'UTC'));
