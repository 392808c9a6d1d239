SELECT 0, 255, 256, -1, 18446744073709551615, -9223372036854775808;
SELECT 1.5, -2.25, 0.5, 100.0;
SELECT 'hello', '', 'it''s', 'back\\slash';
SELECT [1, 2, 3], ['a', 'b'], [], [[1, 2], [3]];
SELECT (1, 'a'), (1, (2, 3)), ([1], 'x');
SELECT NULL, [NULL], [1, NULL];
