-- reference: ClickHouse 18.16
-- intHash32/intHash64 of integers and dates; cityHash64 mixes numbers through intHash64 and folds arguments.
SELECT intHash32(0), intHash32(1), intHash32(toUInt64(18446744073709551615)), intHash32(toInt8(-1));
SELECT intHash64(0), intHash64(1), intHash64(toInt64(-1)), intHash64(toDate('2020-01-01'));
SELECT cityHash64(''), cityHash64('a'), cityHash64('abcdefghijklmnopqrstuvwxyz0123456789');
SELECT cityHash64(1), cityHash64(toUInt32(1)), cityHash64(toInt8(-1)), cityHash64(toUInt8(255)), cityHash64(1.5);
SELECT cityHash64(1, 'a'), cityHash64('a', 1), cityHash64('a', 'b'), cityHash64(1, 2, 3);
SELECT cityHash64([1, 2, 3]), cityHash64(['a', 'b']), cityHash64(emptyArrayUInt8()), cityHash64((1, 'a'));
SELECT number, intHash32(number), intHash64(number), cityHash64(number) FROM system.numbers LIMIT 4;
