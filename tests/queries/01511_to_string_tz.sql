-- reference: ClickHouse 18.16
SELECT toString(toDateTime('2020-05-17 13:14:15', 'UTC'), 'Asia/Tokyo'), toString(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo'));
SELECT toString(toDate('2020-05-17')), toString(123), toString(-1.5);
SELECT toString(toDateTime('2020-05-17 13:14:15', 'Asia/Tokyo'), 'America/New_York');
SELECT toTypeName(toString(1));
