-- reference: ClickHouse docs (modern)
-- A build side over max_bytes_in_join spills to a grace hash join and gives the same rows.
CREATE TABLE big (k UInt64, s String) ENGINE = Memory;
INSERT INTO big SELECT number % 50000, toString(number) FROM numbers(100000);
SELECT count(), sum(a.k), sum(length(b.s)) FROM big a JOIN big b USING k SETTINGS max_bytes_in_join = 200000;
SELECT count(), sum(a.k), sum(length(b.s)) FROM big a JOIN big b USING k;
SELECT count(), sum(number) FROM numbers(60000) a LEFT JOIN big b ON a.number = b.k * 2 SETTINGS max_bytes_in_join = 100000;
SELECT count(), sum(number) FROM numbers(60000) a LEFT JOIN big b ON a.number = b.k * 2;
SELECT count() FROM big a JOIN big b USING k SETTINGS join_algorithm = 'hash', max_bytes_in_join = 100000; -- { serverError SET_SIZE_LIMIT_EXCEEDED }
