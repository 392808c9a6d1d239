-- reference: ClickHouse 18.16
-- Hash functions over table columns (strings and integers), and hashing used to bucket and compare rows.
CREATE TABLE t (id UInt32, s String) ENGINE = MergeTree ORDER BY id;
INSERT INTO t VALUES (1, 'a'), (2, 'hello'), (3, '');
INSERT INTO t VALUES (4, 'ClickHouse'), (5, 'hello');
SELECT id, cityHash64(s), sipHash64(s), murmurHash2_32(s), murmurHash3_32(s) FROM t ORDER BY id;
SELECT id, hex(MD5(s)), hex(SHA1(s)) FROM t ORDER BY id;
SELECT id, intHash32(id), intHash64(id), cityHash64(id) FROM t ORDER BY id;
SELECT id, halfMD5(s), murmurHash2_64(s) FROM t ORDER BY id;
SELECT id, murmurHash3_64(s), murmurHash3_128(s) != murmurHash3_128(concat(s, 'x')) FROM t ORDER BY id;
SELECT cityHash64(s) % 3 AS bucket, count() FROM t GROUP BY bucket ORDER BY bucket;
SELECT count(), uniqExact(cityHash64(s)), uniqExact(s) FROM t;
SELECT id, cityHash64(id, s), sipHash64(id, s) FROM t ORDER BY id;
SELECT a.id, b.id FROM t AS a ALL INNER JOIN (SELECT id AS bid, id, cityHash64(s) AS h FROM t) AS b ON cityHash64(a.s) = b.h WHERE a.id < b.bid ORDER BY a.id;
