-- reference: ClickHouse 18.16
SELECT toRelativeYearNum(toDate('2020-05-17')), toRelativeQuarterNum(toDate('2020-05-17')), toRelativeMonthNum(toDate('2020-05-17')), toRelativeWeekNum(toDate('2020-05-17'));
SELECT toRelativeDayNum(toDate('2020-05-17')), toRelativeHourNum(toDate('2020-05-17')), toRelativeMinuteNum(toDate('2020-05-17')), toRelativeSecondNum(toDate('2020-05-17'));
SELECT toRelativeYearNum(toDateTime('2020-12-31 23:30:00', 'UTC'), 'Asia/Tokyo'), toRelativeMonthNum(toDateTime('2020-12-31 23:30:00', 'UTC'), 'Asia/Tokyo');
SELECT toRelativeDayNum(toDateTime('2020-05-17 20:00:00', 'Asia/Tokyo')), toRelativeHourNum(toDateTime('2020-05-17 20:00:00', 'Asia/Tokyo')), toRelativeMinuteNum(toDateTime('2020-05-17 20:00:00', 'Asia/Tokyo')), toRelativeSecondNum(toDateTime('2020-05-17 20:00:00', 'Asia/Tokyo'));
SELECT toRelativeWeekNum(toDateTime('2020-05-17 20:00:00', 'Asia/Tokyo')), toRelativeQuarterNum(toDateTime('2020-05-17 20:00:00', 'Asia/Tokyo'));
SELECT number, toRelativeWeekNum(toDate('2020-05-14') + number) FROM numbers(8) ORDER BY number;
