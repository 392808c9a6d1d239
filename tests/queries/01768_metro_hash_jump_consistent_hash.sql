-- reference: ClickHouse 18.16
-- metroHash64 (MetroHash64 variant 1, seed 0) over strings whose lengths cross the 1/2/4/8/16/32-byte branches
SELECT length(s), metroHash64(s) FROM (SELECT substring('The quick brown fox jumps over the lazy dog 0123456789! The quick brown fox jumps over the lazy dog', 1, arrayJoin([0, 1, 2, 3, 4, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 47, 48, 63, 64, 65, 96, 99])) AS s) ORDER BY length(s);
SELECT metroHash64(''), metroHash64('abc'), metroHash64('ClickHouse');
-- numbers are mixed with intHash64 of their bits, not hashed as bytes
SELECT metroHash64(1), metroHash64(toUInt8(1)), metroHash64(toUInt64(1)), metroHash64(toInt8(-1)), metroHash64(toUInt8(255)), metroHash64(-1);
SELECT metroHash64(1.5), metroHash64(toFloat32(1.5)), metroHash64(toDate('2020-01-01')), metroHash64(toDateTime('2019-06-15 23:00:00'));
-- several arguments fold with Hash128to64; arrays start from the hash of their length
SELECT metroHash64('a', 'b'), metroHash64('a', 1, 'b'), metroHash64(array('e', 'x', 'a')), metroHash64(array('e', 'x', 'a'), 'mple', 10, toDateTime('2019-06-15 23:00:00'));
SELECT metroHash64([1, 2, 3]), metroHash64(CAST([] AS Array(UInt8))), metroHash64([[1], [2, 3]]);
SELECT number, metroHash64(number), metroHash64(toString(number)), metroHash64(toString(number), number) FROM numbers(5) ORDER BY number;
SELECT toTypeName(metroHash64('x'));
-- jumpConsistentHash(key, buckets): Int32 bucket in [0, buckets)
SELECT jumpConsistentHash(1, 10), jumpConsistentHash(0, 1), jumpConsistentHash(256, 1024), jumpConsistentHash(toUInt64(-1), 1000), jumpConsistentHash(-5, 7);
SELECT jumpConsistentHash(toInt8(-1), 100), jumpConsistentHash(toUInt8(255), 100), jumpConsistentHash(1, toUInt64(2147483647)), jumpConsistentHash(123456789012, 65536);
SELECT toTypeName(jumpConsistentHash(1, 10));
SELECT number, jumpConsistentHash(number, 2), jumpConsistentHash(number, 3), jumpConsistentHash(number, 100), jumpConsistentHash(number * 1000003, toUInt8(16)) FROM numbers(10) ORDER BY number;
SELECT jumpConsistentHash(number, 5) AS b, count() FROM numbers(1000) GROUP BY b ORDER BY b;
-- yandexConsistentHash(key, buckets) (modern name kostikConsistentHash; 18.16 types the result UInt32, modern UInt16)
SELECT yandexConsistentHash(1, 10), yandexConsistentHash(toInt8(-1), 1000), yandexConsistentHash(12345678901234, 32768), yandexConsistentHash(0, 1), yandexConsistentHash(toUInt64(-1), 7);
SELECT number, yandexConsistentHash(number, 2), yandexConsistentHash(intHash64(number), 3), yandexConsistentHash(intHash64(number), 100), yandexConsistentHash(intHash64(number), 4097), yandexConsistentHash(intHash64(number), toUInt16(32768)) FROM numbers(12) ORDER BY number;
SELECT yandexConsistentHash(intHash64(number), 5) AS b, count() FROM numbers(1000) GROUP BY b ORDER BY b;
SELECT jumpConsistentHash(1, 0); -- { serverError BAD_ARGUMENTS }
SELECT jumpConsistentHash(1, -3); -- { serverError BAD_ARGUMENTS }
SELECT jumpConsistentHash(1, 2147483648); -- { serverError BAD_ARGUMENTS }
SELECT jumpConsistentHash(1.5, 10); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT jumpConsistentHash('a', 10); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT jumpConsistentHash(1, toUInt8(number + 1)) FROM numbers(2); -- { serverError ILLEGAL_COLUMN }
SELECT jumpConsistentHash(1); -- { serverError NUMBER_OF_ARGUMENTS_DOESNT_MATCH }
SELECT yandexConsistentHash(1, 0); -- { serverError BAD_ARGUMENTS }
SELECT yandexConsistentHash(1.5, 10); -- { serverError ILLEGAL_TYPE_OF_ARGUMENT }
SELECT yandexConsistentHash(1, toUInt8(number + 1)) FROM numbers(2); -- { serverError ILLEGAL_COLUMN }
