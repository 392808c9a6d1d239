-- reference: ClickHouse 18.16 for formatReadableSize; ClickHouse docs (modern) for
-- formatReadableDecimalSize and formatReadableQuantity
SELECT formatReadableSize(0), formatReadableSize(1), formatReadableSize(1024), formatReadableSize(1536);
SELECT number, formatReadableSize(pow(1024, number)) AS s FROM numbers(7) ORDER BY number;
SELECT formatReadableDecimalSize(0), formatReadableDecimalSize(999), formatReadableDecimalSize(1000), formatReadableDecimalSize(1234567);
SELECT formatReadableQuantity(0), formatReadableQuantity(999), formatReadableQuantity(1000), formatReadableQuantity(1234567890);
