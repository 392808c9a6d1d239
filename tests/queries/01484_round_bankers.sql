-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT roundBankers(0.5), roundBankers(1.5), roundBankers(2.5), roundBankers(-0.5), roundBankers(-1.5);
SELECT roundBankers(10.755, 2), roundBankers(2.25, 1), roundBankers(2.35, 1), roundBankers(150, -2), roundBankers(250, -2);
SELECT roundBankers(toDecimal32(2.5, 1)), roundBankers(toDecimal32(3.5, 1)), roundBankers(toInt32(25), -1), roundBankers(toInt32(35), -1);
