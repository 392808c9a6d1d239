-- reference: ClickHouse 18.16
-- appendTrailingCharIfAbsent, startsWith, endsWith, empty/notEmpty, reverse.
SELECT appendTrailingCharIfAbsent('abc', '/'), appendTrailingCharIfAbsent('abc/', '/'), appendTrailingCharIfAbsent('', '/');
SELECT startsWith('clickhouse', 'click'), startsWith('clickhouse', 'house'), endsWith('clickhouse', 'house'), endsWith('', ''), startsWith('a', 'ab');
SELECT empty(''), empty('a'), notEmpty(''), notEmpty('a'), reverse('abc'), reverse('');
SELECT p, appendTrailingCharIfAbsent(p, '/') FROM (SELECT arrayJoin(['/a', '/b/', '']) AS p) ORDER BY p;
