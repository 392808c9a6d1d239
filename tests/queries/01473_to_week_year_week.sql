-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT toWeek(toDate('2016-12-27')), toWeek(toDate('2016-12-27'), 1), toWeek(toDate('2016-12-27'), 9), toYearWeek(toDate('2016-12-27')), toYearWeek(toDate('2016-12-27'), 1), toYearWeek(toDate('2016-12-27'), 9);
SELECT toWeek(toDateTime('2021-01-03 20:00:00', 'UTC'), 1, 'Asia/Tokyo'), toYearWeek(toDateTime('2021-01-03 20:00:00', 'UTC'), 1, 'Asia/Tokyo');
