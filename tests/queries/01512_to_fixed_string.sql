-- reference: ClickHouse 18.16
SELECT toFixedString('abc', 5), length(toFixedString('abc', 5)), toTypeName(toFixedString('abc', 5));
SELECT toFixedString('abcdef', 3); -- { serverError TOO_LARGE_STRING_SIZE }
SELECT hex(toFixedString('ab', 4)), toFixedString('abc', 3) = 'abc';
SELECT number, toFixedString(toString(number), 2) FROM numbers(3) ORDER BY number;
