-- reference: ClickHouse 18.16
SELECT toYYYYMM(toDate('2020-05-17')), toYYYYMMDD(toDate('2020-05-17')), toYYYYMMDDhhmmss(toDate('2020-05-17'));
SELECT toYYYYMM(toDateTime('2020-05-31 20:00:00', 'UTC'), 'Asia/Tokyo'), toYYYYMMDD(toDateTime('2020-05-31 20:00:00', 'UTC'), 'Asia/Tokyo'), toYYYYMMDDhhmmss(toDateTime('2020-05-31 20:00:00', 'UTC'), 'Asia/Tokyo');
SELECT toYYYYMMDDhhmmss(toDateTime('2020-05-17 13:14:15', 'Asia/Kolkata'));
SELECT toTypeName(toYYYYMM(toDate('2020-05-17'))), toTypeName(toYYYYMMDD(toDate('2020-05-17'))), toTypeName(toYYYYMMDDhhmmss(toDate('2020-05-17')));
