SELECT 1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 = 1, 1 != 1, 1 <> 2, 1 == 1;
SELECT 'a' < 'b', 'abc' = 'abc', 'b' > 'abc', '' < 'a';
SELECT 1 = 1.0, 0.5 < 1, toUInt8(3) = toInt64(3);
SELECT equals(1, 2), notEquals(1, 2), less(1, 2), greater(1, 2), lessOrEquals(2, 2), greaterOrEquals(1, 2);
SELECT toTypeName(1 < 2);
