-- reference: ClickHouse docs (modern); random values and the clock are checked by their properties
SELECT toTypeName(rand()), toTypeName(rand32()), toTypeName(rand64()), toTypeName(randCanonical()), toTypeName(randConstant());
SELECT count(DISTINCT rand()) > 90, count(DISTINCT rand64()) > 90, count(DISTINCT randConstant()), min(randCanonical()) >= 0, max(randCanonical()) < 1 FROM numbers(100);
SELECT length(randomString(10)), length(randomPrintableASCII(7)), randomPrintableASCII(20) = randomPrintableASCII(20);
SELECT countIf(c < 32 OR c > 126) FROM (SELECT arrayJoin(arrayMap(i -> ascii(substring(randomPrintableASCII(50), i, 1)), range(1, 51))) AS c);
SELECT toTypeName(now()), toTypeName(now64()), toTypeName(now64(6)), now() >= toDateTime('2024-01-01 00:00:00', 'UTC');
SELECT today() - yesterday(), toDate(now()) - today() <= 1, toTypeName(today());
