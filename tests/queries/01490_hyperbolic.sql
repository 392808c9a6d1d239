-- reference: ClickHouse docs (modern); Strata output checked against them by hand
SELECT sinh(0), cosh(0), tanh(0), asinh(0), acosh(1), atanh(0);
SELECT round(sinh(1), 10), round(cosh(1), 10), round(tanh(1), 10), round(asinh(1), 10), round(acosh(2), 10), round(atanh(0.5), 10);
SELECT round(asinh(-2), 10), acosh(0.5), atanh(1), atanh(-1), round(atan2(1, 1), 10), round(atan2(-1, -1), 10);
SELECT number, round(sinh(number), 6), round(cosh(number), 6), round(tanh(number), 6) FROM numbers(4) ORDER BY number;
