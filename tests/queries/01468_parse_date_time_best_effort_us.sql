-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT parseDateTimeBestEffortUS('05/17/2020 13:14:15', 'UTC'), parseDateTimeBestEffortUS('5/7/2020', 'Asia/Tokyo');
SELECT parseDateTimeBestEffort('05/07/2020', 'UTC'), parseDateTimeBestEffortUS('05/07/2020', 'UTC');
SELECT parseDateTimeBestEffortUSOrNull('garbage', 'UTC'), parseDateTimeBestEffortUSOrZero('garbage', 'UTC');
SELECT parseDateTime32BestEffort('2020-05-17 13:14:15', 'Asia/Tokyo'), toTypeName(parseDateTime32BestEffort('2020-05-17', 'UTC'));
SELECT parseDateTime32BestEffortOrNull('x', 'UTC'), parseDateTime32BestEffortOrZero('x', 'UTC');
SELECT parseDateTime64BestEffort('2020-05-17 13:14:15.25', 3, 'UTC');
