-- What the official clients send besides plain SQL: the JDBC driver's timestamp parameters
-- (fromUnixTimestamp64Nano) inside INSERT ... VALUES next to exact literals.
SELECT fromUnixTimestamp64Nano(1704164645123456789, 'UTC'), toTypeName(fromUnixTimestamp64Nano(1704164645123456789, 'UTC'));
SELECT fromUnixTimestamp64Micro(1704164645123456, 'UTC'), fromUnixTimestamp64Milli(1704164645123, 'UTC');
SELECT fromUnixTimestamp64Milli(-1, 'UTC');
SELECT toUnixTimestamp64Milli(toDateTime64('2024-01-02 03:04:05.678', 3, 'UTC')), toUnixTimestamp64Nano(toDateTime64('2024-01-02 03:04:05.678', 3, 'UTC'));
SELECT toUnixTimestamp64Micro(toDateTime64('2024-01-02 03:04:05.123456789', 9, 'UTC'));
SELECT toUnixTimestamp64Milli(fromUnixTimestamp64Nano(1704164645123456789, 'UTC'));
CREATE TABLE driver_values (id UInt32, ts DateTime('UTC'), amount Decimal(18, 4), tags Array(String), note Nullable(String)) ENGINE = MergeTree ORDER BY id;
-- a literal beside an expression keeps its exact value (12.3456 is not rounded through Float64)
INSERT INTO driver_values VALUES (1, fromUnixTimestamp64Nano(1704164645000000000), 12.3456, ['a', 'b'], NULL), (2, '2024-01-02 03:04:06', -0.3, [], 'x'), (3, toDateTime('2024-01-02 03:04:07', 'UTC') + 1, 1 + 2, ['c', concat('d', 'e')], lower('Y'));
SELECT * FROM driver_values ORDER BY id;
DROP TABLE driver_values;
