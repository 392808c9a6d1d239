-- reference: ClickHouse 18.16
-- Hashes over table columns: grouping by a hash bucket, hashing several columns at once.
CREATE TABLE users (id UInt32, name String, city String) ENGINE = Memory;
INSERT INTO users VALUES (1, 'ann', 'Paris'), (2, 'bob', 'Oslo'), (3, 'cy', 'Paris'), (4, 'dee', 'Rome'), (5, 'eve', 'Oslo');
SELECT id, cityHash64(name), sipHash64(name, city), murmurHash3_32(name), halfMD5(city) FROM users ORDER BY id;
SELECT intHash32(id) % 3 AS bucket, count() FROM users GROUP BY bucket ORDER BY bucket;
SELECT city, count(), max(cityHash64(city, id)) FROM users GROUP BY city ORDER BY city;
SELECT hex(MD5(name)), hex(SHA1(city)) FROM users WHERE id <= 2 ORDER BY id;
DROP TABLE users;
