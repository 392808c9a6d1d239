-- reference: ClickHouse 18.16
SELECT uniqCombined(12)(number) FROM numbers(100000);
SELECT uniqCombined(15)(number) FROM numbers(100000);
SELECT uniqCombined(20)(toString(number)) FROM numbers(100000);
SELECT uniqCombined(12)(number) FROM numbers(200);
