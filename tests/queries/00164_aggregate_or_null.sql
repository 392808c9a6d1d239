SELECT sumOrNull(number), maxOrNull(number), toTypeName(sumOrNull(number)) FROM numbers(10) WHERE number > 100;
SELECT sumOrDefault(number), avgOrDefault(number) FROM numbers(10) WHERE number > 100;
SELECT sumOrNull(number), maxOrNull(number) FROM numbers(4);
