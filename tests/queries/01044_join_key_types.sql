-- reference: ClickHouse docs (modern)
-- Keys of different numeric types join on their common type.
CREATE TABLE i8 (k Int8, a String) ENGINE = Memory;
CREATE TABLE u64 (k UInt64, b String) ENGINE = Memory;
CREATE TABLE f64 (k Float64, c String) ENGINE = Memory;
INSERT INTO i8 VALUES (-1, 'm1'), (1, 'one'), (2, 'two');
INSERT INTO u64 VALUES (1, 'u1'), (2, 'u2'), (255, 'u255');
INSERT INTO f64 VALUES (1, 'f1'), (1.5, 'f15'), (-1, 'fm1');
SELECT a, c FROM i8 JOIN f64 ON i8.k = f64.k ORDER BY a;
SELECT b, c FROM u64 JOIN f64 ON u64.k = f64.k ORDER BY b; -- { serverError NO_COMMON_TYPE }
SELECT a, b FROM i8 JOIN u64 ON i8.k = u64.k; -- { serverError NO_COMMON_TYPE }
