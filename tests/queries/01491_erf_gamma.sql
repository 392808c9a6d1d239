-- reference: ClickHouse 18.16
SELECT erf(0), round(erf(1), 10), round(erf(-1), 10), round(erf(0.5), 10), round(erf(3), 10), erf(10);
SELECT erfc(0), round(erfc(1), 10), round(erfc(2), 12), round(erfc(-1), 10), erfc(30);
SELECT round(lgamma(1), 10), round(lgamma(5), 10), round(lgamma(0.5), 10), round(lgamma(100), 6), lgamma(0);
SELECT tgamma(1), tgamma(5), tgamma(10), round(tgamma(0.5), 10), round(tgamma(-0.5), 10), round(tgamma(4.5), 8);
